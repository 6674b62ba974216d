import { Injectable } from '@nestjs/common';
import { ClientGate } from '@waymark/api/client';
import { BadInputError } from '@waymark/api/common';
import { allQuestions, AssessmentStatus, compareAnswers, type LocalizedText } from '@waymark/shared/types';
import type { AnswerChangeModel, AssessmentComparisonModel, ScoreChangeModel } from './assessment-comparison.model';
import { AssessmentRecords } from './assessment-records';
import type { AssessmentEntity } from './assessment.entity';
import type { AssessmentModel } from './assessment.model';
import type { AssessmentComparisonArgs } from './dto/assessment-comparison.args';

/** Reading a client's assessments and comparing one with an earlier one; every assessment read is audited. */
@Injectable()
export class AssessmentQueryService {
  constructor(
    private readonly records: AssessmentRecords,
    private readonly gate: ClientGate,
  ) {}

  /** Drafts first, then newest completed first. A client has a handful, so the list is not paged. */
  async listForClient(clientId: string): Promise<AssessmentModel[]> {
    await this.gate.require(clientId, 'read');
    const rows = await this.records.repository
      .createQueryBuilder('a')
      .andWhere('a.client_id = :clientId', { clientId })
      .orderBy('a.completed_on', 'DESC', 'NULLS FIRST')
      .addOrderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .getMany();
    this.records.recordReads(rows);
    return this.records.models(rows);
  }

  async get(id: string): Promise<AssessmentModel> {
    const row = await this.records.require(id);
    await this.gate.require(row.clientId, 'read');
    this.records.recordReads([row]);
    return this.records.model(row);
  }

  /** The answers and scores that differ from `previousId`, or from the client's completed one of the same instrument before it. */
  async compare({ assessmentId, previousId }: AssessmentComparisonArgs): Promise<AssessmentComparisonModel> {
    const current = await this.records.require(assessmentId);
    await this.gate.require(current.clientId, 'read');
    const currentInstrument = await this.records.instrumentOf(current);
    const previous = previousId ? await this.chosenPrevious(current, currentInstrument.code, previousId) : await this.previousOf(current, currentInstrument.code);
    this.records.recordReads(previous ? [current, previous] : [current]);
    const currentModel = await this.records.model(current);
    if (!previous) return { current: currentModel, previous: null, changes: [], scores: [] };

    const previousInstrument = await this.records.instrumentOf(previous);
    const previousModel = await this.records.model(previous);
    // Questions match by key across revisions; the current wording names them, the older one where a question was dropped.
    const labels = new Map<string, LocalizedText>(
      [...allQuestions(previousInstrument.definition), ...allQuestions(currentInstrument.definition)].map((q) => [q.key, q.label]),
    );
    const order = [...labels.keys()];
    const changes: AnswerChangeModel[] = compareAnswers(previous.answers, current.answers)
      .filter((change) => labels.has(change.question))
      .sort((a, b) => order.indexOf(a.question) - order.indexOf(b.question))
      .map((change) => ({ ...change, label: labels.get(change.question) as LocalizedText }));
    const before = new Map(previousModel.scores.map((score) => [score.key, score]));
    const after = new Map(currentModel.scores.map((score) => [score.key, score]));
    const scores: ScoreChangeModel[] = [...new Set([...after.keys(), ...before.keys()])].map((key) => ({
      key,
      label: (after.get(key) ?? before.get(key))?.label as LocalizedText,
      before: before.get(key)?.total ?? null,
      after: after.get(key)?.total ?? null,
    }));
    return { current: currentModel, previous: previousModel, changes, scores };
  }

  private async chosenPrevious(current: AssessmentEntity, code: string, previousId: string): Promise<AssessmentEntity> {
    const previous = await this.records.require(previousId);
    if (previous.clientId !== current.clientId) throw new BadInputError('Compare assessments of the same client.', [{ field: 'previousId', message: "is another client's assessment" }]);
    if ((await this.records.instrumentOf(previous)).code !== code) {
      throw new BadInputError('Compare assessments of the same instrument.', [{ field: 'previousId', message: 'is another instrument' }]);
    }
    return previous;
  }

  /** The latest completed assessment of the instrument code completed before the current one (any, for a draft). */
  private async previousOf(current: AssessmentEntity, code: string): Promise<AssessmentEntity | null> {
    const query = this.records.repository
      .createQueryBuilder('a')
      .innerJoin('instrument', 'i', 'i.agency_id = a.agency_id AND i.id = a.instrument_id')
      .andWhere('a.client_id = :clientId AND a.id <> :id AND i.code = :code AND a.status = :completed', {
        clientId: current.clientId,
        id: current.id,
        code,
        completed: AssessmentStatus.COMPLETED,
      })
      .orderBy('a.completed_on', 'DESC')
      .addOrderBy('a.completed_at', 'DESC')
      .limit(1);
    if (current.completedAt) {
      query.andWhere('(a.completed_on, a.completed_at) < (:completedOn, :completedAt)', { completedOn: current.completedOn, completedAt: current.completedAt });
    }
    return query.getOne();
  }
}
