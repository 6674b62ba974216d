import { TenantEntity } from '@waymark/api/database';
import type { InstrumentDefinition } from '@waymark/shared/types';
import { Column, Entity } from 'typeorm';

/** One revision of an agency's assessment instrument; a changed instrument is a new revision, so answered ones keep theirs. */
@Entity('instrument')
export class InstrumentEntity extends TenantEntity {
  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'integer' })
  revision: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'jsonb' })
  definition: InstrumentDefinition;

  @Column({ type: 'boolean' })
  active: boolean;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
