import type { EligibilityOutcome, EligibilityReason } from '@waymark/shared/types';
import { Column, Entity } from 'typeorm';
import { ClientHistoryRow } from '../../shared/tenant-row.entity';

/** What a screen knew when it ran: the answers given and the client's age then. */
export interface ScreenAnswers {
  hasMedicaid: boolean | null;
  /** The region answered, or else the client's address region. */
  residencyRegion: string | null;
  notes: string | null;
  age: number | null;
}

/** A client screened against a program's rules; kept as it came out, never edited. */
@Entity('eligibility_screen')
export class EligibilityScreenEntity extends ClientHistoryRow {
  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Column({ type: 'jsonb' })
  answers: ScreenAnswers;

  @Column({ type: 'text' })
  outcome: EligibilityOutcome;

  @Column({ type: 'text', array: true })
  reasons: EligibilityReason[];

  @Column({ name: 'screened_by', type: 'uuid', nullable: true })
  screenedBy: string | null;

  @Column({ name: 'screened_at', type: 'timestamptz' })
  screenedAt: Date;
}
