import { Injectable } from '@nestjs/common';
import { RequestContext, workerIdOf } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { refresherDedupeKey, TaskKind, TaskPriority, TaskStatus, TaskSubject } from '@waymark/shared/types';
import { ClientWorker } from '../worklist/client-worker';
import { RecordTasks } from '../worklist/record-tasks';
import { CareTeamTraineeEntity } from './care-team-trainee.entity';
import type { CareTeamTrainingEntity } from './care-team-training.entity';
import { trainingLine } from './training-lines';

/** A person's other standing training on the same topic for the client. */
interface OtherTraining {
  traineeId: string;
  personKey: string;
  name: string;
  trainedOn: string;
  recordedAt: Date;
  refreshDueOn: string | null;
}

const REFRESHER = [TaskKind.TRAINING_REFRESHER];

/**
 * Each trainee's refresher on the worklist, one open per person and topic: a newer training
 * closes the person's earlier refresher as done and schedules the next; a training older
 * than one already recorded for the person schedules nothing (it is history, not what is due).
 * Trainings are ordered by their day, then by when they were recorded. A refresher's subject is
 * the trainee row, so one person can be taken off alone; when the training withdrawn was the
 * person's latest, the refresher of the one before it returns to the worklist.
 */
@Injectable()
export class CareTeamRefreshers {
  constructor(
    private readonly tenant: TenantScope,
    private readonly tasks: RecordTasks,
    private readonly worker: ClientWorker,
    private readonly context: RequestContext,
  ) {}

  async recorded(training: CareTeamTrainingEntity, trainees: CareTeamTraineeEntity[]): Promise<void> {
    const earlier = await this.otherTrainings(training, trainees.map((trainee) => trainee.personKey));
    const superseded = new Set(earlier.filter((row) => row.trainedOn > training.trainedOn).map((row) => row.personKey));
    for (const row of earlier.filter((r) => r.trainedOn <= training.trainedOn)) {
      await this.tasks.close(TaskSubject.TRAINING, row.traineeId, TaskStatus.DONE, `Refreshed by the training of ${training.trainedOn}`, REFRESHER);
    }
    const due = training.refreshDueOn;
    const current = trainees.filter((trainee) => !superseded.has(trainee.personKey));
    if (!due || !current.length) return;
    const { assigneeId, enrollmentId } = await this.assignee(training.clientId);
    await this.tasks.schedule(
      ...current.map((trainee) => ({
        kind: TaskKind.TRAINING_REFRESHER,
        clientId: training.clientId,
        title: trainingLine.refresherTitle(training.topic, trainee.name),
        dueOn: due,
        priority: TaskPriority.NORMAL,
        assigneeId,
        enrollmentId,
        subjectType: TaskSubject.TRAINING,
        subjectId: trainee.id,
        dedupeKey: refresherDedupeKey(training.clientId, training.topic, trainee.id, due),
      })),
    );
  }

  /**
   * The people no longer count as trained by `training` (it was voided, or they were taken off
   * it; `cause` names which): their open refreshers are cancelled with why, and where it was
   * their latest training on the topic, the refresher of the one before it is scheduled again.
   */
  async withdrawn(training: CareTeamTrainingEntity, trainees: CareTeamTraineeEntity[], reason: string, cause: string): Promise<void> {
    for (const trainee of trainees) await this.tasks.close(TaskSubject.TRAINING, trainee.id, TaskStatus.CANCELLED, reason, REFRESHER);
    const others = await this.otherTrainings(training, trainees.map((trainee) => trainee.personKey));
    const latest = new Map<string, OtherTraining>();
    for (const row of others) {
      const kept = latest.get(row.personKey);
      if (!kept || before(kept, row)) latest.set(row.personKey, row);
    }
    const withdrawnAt = { trainedOn: training.trainedOn, recordedAt: training.createdAt };
    const reinstated = [...latest.values()].filter((row): row is OtherTraining & { refreshDueOn: string } => !!row.refreshDueOn && before(row, withdrawnAt));
    if (!reinstated.length) return;
    const { assigneeId, enrollmentId } = await this.assignee(training.clientId);
    await this.tasks.schedule(
      ...reinstated.map((row) => ({
        kind: TaskKind.TRAINING_REFRESHER,
        clientId: training.clientId,
        title: trainingLine.refresherTitle(training.topic, row.name),
        dueOn: row.refreshDueOn,
        priority: TaskPriority.NORMAL,
        assigneeId,
        enrollmentId,
        subjectType: TaskSubject.TRAINING,
        subjectId: row.traineeId,
        dedupeKey: refresherDedupeKey(training.clientId, training.topic, row.traineeId, row.refreshDueOn, cause),
      })),
    );
  }

  /**
   * The client's worker (see ClientWorker), else the person who records the training; recorded
   * by an integration (no one's worker), the supervisors' queue, so a refresher is never lost.
   */
  private async assignee(clientId: string): Promise<{ assigneeId: string | null; enrollmentId: string | null }> {
    return (await this.worker.of(clientId)) ?? { assigneeId: workerIdOf(this.context.requirePrincipal()), enrollmentId: null };
  }

  /** The same people's standing trainings on the topic for the client, other than this one. */
  private async otherTrainings(training: CareTeamTrainingEntity, personKeys: string[]): Promise<OtherTraining[]> {
    return this.tenant
      .repository(CareTeamTraineeEntity)
      .createQueryBuilder('p')
      .innerJoin('care_team_training', 't', 't.agency_id = p.agency_id AND t.id = p.training_id')
      .select('p.id', 'traineeId')
      .addSelect('p.person_key', 'personKey')
      .addSelect('p.name', 'name')
      .addSelect(`to_char(t.trained_on, 'YYYY-MM-DD')`, 'trainedOn')
      .addSelect('t.created_at', 'recordedAt')
      .addSelect(`to_char(t.refresh_due_on, 'YYYY-MM-DD')`, 'refreshDueOn')
      .andWhere('p.client_id = :clientId', { clientId: training.clientId })
      .andWhere('p.person_key IN (:...personKeys)', { personKeys })
      .andWhere('p.removed_at IS NULL')
      .andWhere('t.topic = :topic AND t.voided_at IS NULL AND t.id <> :trainingId', { topic: training.topic, trainingId: training.id })
      .getRawMany<OtherTraining>();
  }
}

type Ordered = Pick<OtherTraining, 'trainedOn' | 'recordedAt'>;

/** Whether `a` came before `b`: an earlier day, or the same day recorded earlier. */
function before(a: Ordered, b: Ordered): boolean {
  return a.trainedOn < b.trainedOn || (a.trainedOn === b.trainedOn && a.recordedAt.getTime() < b.recordedAt.getTime());
}
