import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { AuditTrail } from '@waymark/api/audit';
import { ClientGate, ContactFacts, StaffLoader, TimelineService } from '@waymark/api/client';
import { BadInputError, Clock, NotFoundError, RequestContext } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction, ErrorReason, TimelineKind, traineeKey, trainingRefreshDueOn } from '@waymark/shared/types';
import { CareTeamRefreshers } from './care-team-refreshers';
import { CareTeamTraineeEntity } from './care-team-trainee.entity';
import { CARE_TEAM_TRAINING, CareTeamTrainingEntity } from './care-team-training.entity';
import { CareTeamTrainingModel } from './care-team-training.model';
import type { RecordCareTeamTrainingInput } from './dto/record-care-team-training.input';
import type { RemoveCareTeamTraineeInput } from './dto/remove-care-team-trainee.input';
import type { TraineeInput } from './dto/trainee.input';
import type { VoidCareTeamTrainingInput } from './dto/void-care-team-training.input';
import { trainingLine } from './training-lines';

/**
 * Recording care-team training, taking a person off one and voiding one entered by mistake.
 * Every check runs before the first write, so refused input leaves nothing behind; each write
 * is audited, and a recording is on the client's timeline.
 */
@Injectable()
export class CareTeamTrainingService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly gate: ClientGate,
    private readonly contacts: ContactFacts,
    private readonly staff: StaffLoader,
    private readonly refreshers: CareTeamRefreshers,
    private readonly timeline: TimelineService,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
    private readonly clock: Clock,
  ) {}

  private get trainings() {
    return this.tenant.repository(CareTeamTrainingEntity);
  }

  private get trainees() {
    return this.tenant.repository(CareTeamTraineeEntity);
  }

  private get me(): string {
    return this.context.requirePrincipal().id;
  }

  @Transactional()
  async record(input: RecordCareTeamTrainingInput): Promise<CareTeamTrainingModel> {
    await this.gate.require(input.clientId, 'write');
    if (input.trainedOn > this.clock.today()) throw new BadInputError('Training is recorded once it happened, not ahead.', [{ field: 'trainedOn', message: 'is in the future' }]);
    await this.refuseBadTrainer(input);
    const refreshDueOn = this.refreshDueOn(input);
    const people = await this.people(input.clientId, input.trainees);
    const training = await this.trainings.save(
      this.trainings.create({
        clientId: input.clientId,
        topic: input.topic,
        description: input.description,
        trainedOn: input.trainedOn,
        trainerId: input.trainerId ?? null,
        trainerName: input.trainerName ?? null,
        refreshMonths: input.refreshMonths ?? null,
        refreshDueOn,
        recordedBy: this.me,
        voidedAt: null,
        voidedBy: null,
        voidReason: null,
      }),
    );
    const trainees: CareTeamTraineeEntity[] = [];
    for (const [position, person] of people.entries()) {
      trainees.push(await this.trainees.save(this.trainees.create({ trainingId: training.id, clientId: training.clientId, position, ...person, removedAt: null, removedBy: null, removalReason: null })));
    }
    await this.refreshers.recorded(training, trainees);
    await this.timeline.add({
      clientId: training.clientId,
      occurredAt: training.trainedOn === this.clock.today() ? this.clock.now() : new Date(`${training.trainedOn}T12:00:00Z`),
      kind: TimelineKind.TRAINING,
      sourceType: CARE_TEAM_TRAINING,
      sourceId: training.id,
      summary: trainingLine.recorded(training.topic, trainees.length),
    });
    await this.audit.record({
      action: AuditAction.CREATE,
      entityType: CARE_TEAM_TRAINING,
      entityId: training.id,
      clientId: training.clientId,
      changes: {
        topic: { to: training.topic },
        trainedOn: { to: training.trainedOn },
        descriptionLength: { to: training.description.length },
        trainerId: { to: training.trainerId },
        trainerName: { to: training.trainerName },
        refreshMonths: { to: training.refreshMonths },
        refreshDueOn: { to: training.refreshDueOn },
        trainees: { to: trainees.length },
        traineeIds: { to: trainees.map((trainee) => trainee.id) },
      },
    });
    return CareTeamTrainingModel.from(training, trainees);
  }

  /**
   * Takes one person off a training (they were not there after all): their refresher is cancelled, or follows their
   * training before it. The last one stays: void the record instead.
   */
  @Transactional()
  async removeTrainee({ trainingId, version, traineeId, reason }: RemoveCareTeamTraineeInput): Promise<CareTeamTrainingModel> {
    const before = await this.standing(trainingId);
    const trainees = await this.traineesOf(trainingId);
    const trainee = trainees.find((row) => row.id === traineeId);
    if (!trainee) throw new NotFoundError('Trainee');
    if (trainee.removedAt) throw new BadInputError('This person was already taken off the training.', [{ field: 'traineeId', message: 'already removed' }]);
    if (trainees.filter((row) => !row.removedAt).length === 1) {
      throw new BadInputError('A training keeps at least one person; void the record instead.', [{ field: 'traineeId', message: 'the last trainee' }]);
    }
    const training = await this.trainings.updateVersioned(trainingId, version, {}, 'Training');
    const removedAt = this.clock.now();
    await this.trainees.update({ id: traineeId }, { removedAt, removedBy: this.me, removalReason: reason });
    await this.refreshers.withdrawn(training, [trainee], reason, traineeId);
    await this.audit.record({
      action: AuditAction.UPDATE,
      entityType: CARE_TEAM_TRAINING,
      entityId: trainingId,
      clientId: before.clientId,
      reason,
      changes: { removedTraineeId: { to: traineeId }, trainees: { from: trainees.filter((row) => !row.removedAt).length, to: trainees.filter((row) => !row.removedAt).length - 1 } },
    });
    return CareTeamTrainingModel.from(training, trainees.map((row) => (row.id === traineeId ? { ...row, removedAt, removedBy: this.me, removalReason: reason } : row)));
  }

  /** A record entered by mistake stays for the trail, marked void; its open refreshers are cancelled (see CareTeamRefreshers.withdrawn). */
  @Transactional()
  async void({ trainingId, version, reason }: VoidCareTeamTrainingInput): Promise<CareTeamTrainingModel> {
    const before = await this.standing(trainingId);
    const voidedAt = this.clock.now();
    const training = await this.trainings.updateVersioned(trainingId, version, { voidedAt, voidedBy: this.me, voidReason: reason }, 'Training');
    const trainees = await this.traineesOf(trainingId);
    await this.refreshers.withdrawn(
      training,
      trainees.filter((row) => !row.removedAt),
      reason,
      trainingId,
    );
    await this.timeline.add({
      clientId: training.clientId,
      occurredAt: voidedAt,
      kind: TimelineKind.TRAINING,
      sourceType: CARE_TEAM_TRAINING,
      sourceId: training.id,
      summary: trainingLine.voided(training.topic),
    });
    await this.audit.record({
      action: AuditAction.UPDATE,
      entityType: CARE_TEAM_TRAINING,
      entityId: trainingId,
      clientId: before.clientId,
      reason,
      changes: { voidedAt: { from: null, to: voidedAt.toISOString() } },
    });
    return CareTeamTrainingModel.from(training, trainees);
  }

  /** A training not voided, of a client the caller may write to. */
  private async standing(trainingId: string): Promise<CareTeamTrainingEntity> {
    const training = await this.trainings.findOneBy({ id: trainingId });
    if (!training) throw new NotFoundError('Training');
    await this.gate.require(training.clientId, 'write');
    if (training.voidedAt) throw new BadInputError('This training was voided and can no longer be changed.', [{ field: 'trainingId', message: 'is voided' }], ErrorReason.LOCKED_RECORD);
    return training;
  }

  private traineesOf(trainingId: string): Promise<CareTeamTraineeEntity[]> {
    return this.trainees.find({ where: { trainingId }, order: { position: 'ASC' } });
  }

  /** A worker of the agency (another agency's or an unknown id is NOT_FOUND) or an outside trainer's name: one of the two. */
  private async refuseBadTrainer({ trainerId, trainerName }: RecordCareTeamTrainingInput): Promise<void> {
    if (!trainerId === !trainerName) {
      throw new BadInputError('Name the trainer: a worker of the agency or an outside trainer, one of the two.', [{ field: 'trainerId', message: 'give a worker or a name, one of the two' }]);
    }
    if (trainerId && !(await this.staff.load(trainerId))) throw new NotFoundError('User');
  }

  private refreshDueOn({ topic, trainedOn, refreshMonths, refreshDueOn }: RecordCareTeamTrainingInput): string | null {
    if (refreshMonths && refreshDueOn) {
      throw new BadInputError('Give the refresh as months or as a date, not both.', [{ field: 'refreshDueOn', message: 'give months or a date, not both' }]);
    }
    if (refreshDueOn && refreshDueOn < trainedOn) {
      throw new BadInputError('The refresher cannot be due before the training.', [{ field: 'refreshDueOn', message: 'is before the training' }]);
    }
    return trainingRefreshDueOn(trainedOn, topic, { months: refreshMonths, dueOn: refreshDueOn });
  }

  /** The trainees as rows to write: each once, any contact one of this client's current network. */
  private async people(clientId: string, trainees: TraineeInput[]): Promise<Pick<CareTeamTraineeEntity, 'name' | 'role' | 'contactId' | 'personKey'>[]> {
    const contactIds = [...new Set(trainees.flatMap((trainee) => (trainee.contactId ? [trainee.contactId] : [])))];
    const contacts = new Map((await this.contacts.ofClient(clientId, contactIds)).map((contact) => [contact.id, contact]));
    const seen = new Set<string>();
    return trainees.map((trainee, i) => {
      const contact = trainee.contactId ? contacts.get(trainee.contactId) : null;
      if (contact === undefined) throw new NotFoundError('Contact');
      if (contact?.archived) throw new BadInputError('This person is no longer in the support network.', [{ field: `trainees.${i}.contactId`, message: 'is archived' }]);
      const personKey = traineeKey(trainee);
      if (seen.has(personKey)) throw new BadInputError('The same person is listed twice.', [{ field: `trainees.${i}.name`, message: 'listed twice' }]);
      seen.add(personKey);
      return { name: trainee.name, role: trainee.role, contactId: trainee.contactId ?? null, personKey };
    });
  }
}
