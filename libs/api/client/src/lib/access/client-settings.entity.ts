import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** An agency's rules for client records; an agency without a row has the defaults. */
@Entity('client_settings')
export class ClientSettingsEntity {
  @PrimaryColumn({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  /** Whether a case manager may open a client outside their caseload (giving a reason). */
  @Column({ name: 'case_managers_open_any_client' })
  caseManagersOpenAnyClient: boolean;

  /** A note signed more than this many days after the contact is a late entry. */
  @Column({ name: 'late_entry_days' })
  lateEntryDays: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
