import { TenantEntity } from '@waymark/api/database';
import type { ProgramRules } from '@waymark/shared/types';
import { Column, Entity } from 'typeorm';

/** One of the agency's programs, its rules kept as data. */
@Entity('program')
export class ProgramEntity extends TenantEntity {
  @Column()
  code: string;

  @Column()
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** Read through normalizeProgramRules: a program saved before a rule existed lacks it. */
  @Column({ type: 'jsonb' })
  rules: Partial<ProgramRules>;

  @Column()
  active: boolean;
}
