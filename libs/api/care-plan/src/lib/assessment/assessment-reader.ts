import { Injectable } from '@nestjs/common';
import { ClientGate, type ClientAccessNeed } from '@waymark/api/client';
import { BadInputError } from '@waymark/api/common';
import { AssessmentStatus, type FoundNeed, type RuleScore } from '@waymark/shared/types';
import { AssessmentRecords } from './assessment-records';

/** A completed assessment as other areas of the context see it (a plan's goals start from its needs): plain values. */
export interface CompletedAssessment {
  id: string;
  clientId: string;
  enrollmentId: string | null;
  instrumentId: string;
  instrumentCode: string;
  instrumentName: string;
  completedOn: string;
  nextDueOn: string | null;
  needs: FoundNeed[];
  scores: RuleScore[];
}

/** Hands out completed assessments to the rest of the care-plan context, through the client's access rules, audited as reads. */
@Injectable()
export class AssessmentReader {
  constructor(
    private readonly records: AssessmentRecords,
    private readonly gate: ClientGate,
  ) {}

  /**
   * The assessment once the caller may `need` its client; an unknown or another agency's id is
   * NOT_FOUND, a draft or a superseded one BAD_USER_INPUT on `field` (a plan starts from what is in force).
   */
  async requireCompleted(id: string, { need = 'read', field = 'assessmentId' }: { need?: ClientAccessNeed; field?: string } = {}): Promise<CompletedAssessment> {
    const row = await this.records.require(id);
    await this.gate.require(row.clientId, need);
    if (row.status !== AssessmentStatus.COMPLETED || !row.completedOn) {
      const why = row.status === AssessmentStatus.IN_PROGRESS ? 'is not completed' : 'was corrected; use its correction';
      throw new BadInputError(`That assessment ${why}.`, [{ field, message: why }]);
    }
    const instrument = await this.records.instrumentOf(row);
    this.records.recordReads([row]);
    return {
      id: row.id,
      clientId: row.clientId,
      enrollmentId: row.enrollmentId,
      instrumentId: row.instrumentId,
      instrumentCode: instrument.code,
      instrumentName: instrument.name,
      completedOn: row.completedOn,
      nextDueOn: row.nextDueOn,
      needs: row.needs ?? [],
      scores: row.scores ?? [],
    };
  }
}
