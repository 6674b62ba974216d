import { Injectable } from '@nestjs/common';
import { TenantScope } from '@waymark/api/database';
import { refresherDedupeKey, TaskKind, TaskPriority, TaskStatus, TaskSubject } from '@waymark/shared/types';
import { RecordTasks } from '../worklist/record-tasks';
import { CareTeamTraineeEntity } from './care-team-trainee.entity';
import type { CareTeamTrainingEntity } from './care-team-training.entity';
import { RefresherAssignee } from './refresher-assignee';
import { trainingLine } from './training-lines';

interface EarlierTraining {
  traineeId: string;
  personKey: string;
  trainedOn: string;
}

const REFRESHER = [TaskKind.TRAINING_REFRESHER];

/**
 * Each trainee's refresher on the worklist, one open per person and topic: a newer training
 * closes the person's earlier refresher as done and schedules the next; a training older
 * than one already recorded for the person schedules nothing (it is history, not what is due).
 * A refresher's subject is the trainee row, so one person can be taken off alone.
 */
@Injectable()
export class CareTeamRefreshers {
  constructor(
    private readonly tenant: TenantScope,
    private readonly tasks: RecordTasks,
    private readonly assignee: RefresherAssignee,
  ) {}

  async recorded(training: CareTeamTrainingEntity, trainees: CareTeamTraineeEntity[]): Promise<void> {
    const earlier = await this.earlierTrainings(training, trainees.map((trainee) => trainee.personKey));
    const superseded = new Set(earlier.filter((row) => row.trainedOn > training.trainedOn).map((row) => row.personKey));
    for (const row of earlier.filter((r) => r.trainedOn <= training.trainedOn)) {
      await this.tasks.close(TaskSubject.TRAINING, row.traineeId, TaskStatus.DONE, `Refreshed by the training of ${training.trainedOn}`, REFRESHER);
    }
    const due = training.refreshDueOn;
    const current = trainees.filter((trainee) => !superseded.has(trainee.personKey));
    if (!due || !current.length) return;
    const assigneeId = await this.assignee.of(training.clientId);
    await this.tasks.schedule(
      ...current.map((trainee) => ({
        kind: TaskKind.TRAINING_REFRESHER,
        clientId: training.clientId,
        title: trainingLine.refresherTitle(training.topic, trainee.name),
        dueOn: due,
        priority: TaskPriority.NORMAL,
        assigneeId,
        subjectType: TaskSubject.TRAINING,
        subjectId: trainee.id,
        dedupeKey: refresherDedupeKey(training.clientId, training.topic, trainee.id, due),
      })),
    );
  }

  /** The trainee is no longer one, or their training no longer stands: their open refresher goes, with why. */
  async cancel(traineeIds: readonly string[], reason: string): Promise<void> {
    for (const traineeId of traineeIds) await this.tasks.close(TaskSubject.TRAINING, traineeId, TaskStatus.CANCELLED, reason, REFRESHER);
  }

  /** The same people's standing trainings on the topic for the client, other than this one. */
  private async earlierTrainings(training: CareTeamTrainingEntity, personKeys: string[]): Promise<EarlierTraining[]> {
    return this.tenant
      .repository(CareTeamTraineeEntity)
      .createQueryBuilder('p')
      .innerJoin('care_team_training', 't', 't.agency_id = p.agency_id AND t.id = p.training_id')
      .select('p.id', 'traineeId')
      .addSelect('p.person_key', 'personKey')
      .addSelect(`to_char(t.trained_on, 'YYYY-MM-DD')`, 'trainedOn')
      .andWhere('p.client_id = :clientId', { clientId: training.clientId })
      .andWhere('p.person_key IN (:...personKeys)', { personKeys })
      .andWhere('p.removed_at IS NULL')
      .andWhere('t.topic = :topic AND t.voided_at IS NULL AND t.id <> :trainingId', { topic: training.topic, trainingId: training.id })
      .getRawMany<EarlierTraining>();
  }
}
