import { Column, PrimaryGeneratedColumn } from 'typeorm';

/** A directory record's detail row (phone, schedule, fee …): kept by the same agency as its parent, edited with it, no version of its own. */
export abstract class KeptRow {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;
}
