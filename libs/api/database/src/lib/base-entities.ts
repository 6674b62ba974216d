import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** The columns every editable row has: a uuid, when it was made and changed, and its version. */
export abstract class VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** Sent back with a change; a stale one is refused (see TenantRepository.updateVersioned). */
  @VersionColumn()
  version: number;
}

/** A row that belongs to one agency. */
export abstract class TenantEntity extends VersionedEntity {
  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;
}
