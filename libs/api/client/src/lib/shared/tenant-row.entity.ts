import { Column, PrimaryGeneratedColumn } from 'typeorm';

/** A row of one agency that is written once and kept as history: no version, no edits. */
export abstract class TenantRow {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;
}

/** Such a row about one client; a merge moves it with everything else the client owns. */
export abstract class ClientHistoryRow extends TenantRow {
  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;
}
