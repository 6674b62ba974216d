import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@waymark/api/audit';
import { ClientGate } from '@waymark/api/client';
import { Clock, decodeCursor, isUuid, toConnection } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction, CALENDAR_DATE_PATTERN, TRAINING_TOPICS, TrainingStanding, trainingStanding, type TraineeRole, type TrainingTopic } from '@waymark/shared/types';
import { In } from 'typeorm';
import type { CareTeamMemberStatusModel, CareTeamTrainingStatusModel } from './care-team-status.model';
import { CareTeamTraineeEntity } from './care-team-trainee.entity';
import { CARE_TEAM_TRAINING, CareTeamTrainingEntity } from './care-team-training.entity';
import { type CareTeamTrainingConnection, CareTeamTrainingModel } from './care-team-training.model';
import type { CareTeamTrainingsArgs } from './dto/care-team-trainings.args';

const isDate = (value: unknown) => typeof value === 'string' && CALENDAR_DATE_PATTERN.test(value);

/** Each person's latest standing training on a topic, as the status query reads it. */
interface LatestTraining {
  person_key: string;
  name: string;
  role: TraineeRole;
  contact_id: string | null;
  topic: TrainingTopic;
  trained_on: string;
  refresh_due_on: string | null;
  training_id: string;
  trainee_id: string;
}

/** Reading a client's care-team training: the history a page at a time, and the status matrix. Both are audited reads. */
@Injectable()
export class CareTeamTrainingQueryService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly gate: ClientGate,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  /** The most recent training first; each page's trainees in one more query. */
  async forClient({ clientId, includeVoided, first, after }: CareTeamTrainingsArgs): Promise<CareTeamTrainingConnection> {
    await this.gate.require(clientId, 'read');
    const query = this.tenant.repository(CareTeamTrainingEntity).createQueryBuilder('t').andWhere('t.client_id = :clientId', { clientId });
    if (!includeVoided) query.andWhere('t.voided_at IS NULL');
    let counted: number | undefined;
    if (after) {
      counted = await query.clone().getCount();
      const [on, id] = decodeCursor(after, [isDate, isUuid]);
      query.andWhere('(t.trained_on, t.id) < (:afterOn::date, :afterId::uuid)', { afterOn: on, afterId: id });
    } else {
      query.addSelect('count(*) OVER ()', 'total_count');
    }
    const { entities, raw } = await query.orderBy('t.trained_on', 'DESC').addOrderBy('t.id', 'DESC').limit(first + 1).getRawAndEntities<{ total_count: string }>();
    const page = entities.slice(0, first);
    const trainees = page.length
      ? await this.tenant.repository(CareTeamTraineeEntity).find({ where: { trainingId: In(page.map((t) => t.id)) }, order: { position: 'ASC' } })
      : [];
    if (page.length) {
      this.audit.recordRead(...page.map((t) => ({ action: AuditAction.READ, entityType: CARE_TEAM_TRAINING, entityId: t.id, clientId })));
    }
    const models = (training: CareTeamTrainingEntity) => CareTeamTrainingModel.from(training, trainees.filter((p) => p.trainingId === training.id));
    return { ...toConnection(entities, first, models, (t) => [t.trainedOn, t.id]), totalCount: counted ?? Number(raw[0]?.total_count ?? 0) };
  }

  /**
   * The care team topic by person: for each person trained for the client and each topic any
   * training covered, their latest standing training (not voided, not taken off) and where it
   * stands today; a topic they never had is NEVER_TRAINED.
   */
  async status(clientId: string): Promise<CareTeamTrainingStatusModel> {
    await this.gate.require(clientId, 'read');
    const latest = await this.tenant
      .repository(CareTeamTraineeEntity)
      .createQueryBuilder('p')
      .innerJoin('care_team_training', 't', 't.agency_id = p.agency_id AND t.id = p.training_id')
      .distinctOn(['t.topic', 'p.person_key'])
      .select('p.person_key', 'person_key')
      .addSelect('p.name', 'name')
      .addSelect('p.role', 'role')
      .addSelect('p.contact_id', 'contact_id')
      .addSelect('t.topic', 'topic')
      .addSelect('t.id', 'training_id')
      .addSelect('p.id', 'trainee_id')
      .addSelect(`to_char(t.trained_on, 'YYYY-MM-DD')`, 'trained_on')
      .addSelect(`to_char(t.refresh_due_on, 'YYYY-MM-DD')`, 'refresh_due_on')
      .andWhere('p.client_id = :clientId', { clientId })
      .andWhere('p.removed_at IS NULL AND t.voided_at IS NULL')
      .orderBy('t.topic')
      .addOrderBy('p.person_key')
      .addOrderBy('t.trained_on', 'DESC')
      .addOrderBy('t.created_at', 'DESC')
      .getRawMany<LatestTraining>();
    this.audit.recordRead({ action: AuditAction.READ, entityType: CARE_TEAM_TRAINING, clientId });
    const today = this.clock.today();
    const topics = TRAINING_TOPICS.filter((topic) => latest.some((row) => row.topic === topic));
    const members = new Map<string, { newest: LatestTraining; rows: Map<TrainingTopic, LatestTraining> }>();
    for (const row of latest) {
      const member = members.get(row.person_key) ?? { newest: row, rows: new Map() };
      if (row.trained_on > member.newest.trained_on) member.newest = row;
      member.rows.set(row.topic, row);
      members.set(row.person_key, member);
    }
    const rows: CareTeamMemberStatusModel[] = [...members.entries()].map(([personKey, { newest, rows: byTopic }]) => ({
      personKey,
      name: newest.name,
      role: newest.role,
      contactId: newest.contact_id,
      cells: topics.map((topic) => {
        const row = byTopic.get(topic);
        return {
          topic,
          standing: row ? trainingStanding(row.refresh_due_on, today) : TrainingStanding.NEVER_TRAINED,
          trainedOn: row?.trained_on ?? null,
          refreshDueOn: row?.refresh_due_on ?? null,
          trainingId: row?.training_id ?? null,
          traineeId: row?.trainee_id ?? null,
        };
      }),
    }));
    return { today, topics, members: rows.sort((a, b) => a.name.localeCompare(b.name) || a.personKey.localeCompare(b.personKey)) };
  }
}
