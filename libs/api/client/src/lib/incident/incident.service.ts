import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { AuditTrail } from '@waymark/api/audit';
import { BadInputError, NotFoundError, RequestContext } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction, canChangeIncidentStatus, ErrorReason, IncidentStatus, TimelineKind } from '@waymark/shared/types';
import { ClientAccess } from '../access/client-access.service';
import { createdChanges, textByLength, writeChanges } from '../shared/field-changes';
import { refuseFuture } from '../shared/refuse-future';
import { timelineLine } from '../timeline/timeline-lines';
import { TimelineService } from '../timeline/timeline.service';
import type { AddIncidentNotificationInput } from './dto/add-incident-notification.input';
import type { IncidentNotificationInput } from './dto/incident-notification.input';
import type { ReportIncidentInput } from './dto/report-incident.input';
import type { ReviewIncidentInput } from './dto/review-incident.input';
import type { UpdateIncidentInput } from './dto/update-incident.input';
import { IncidentEntity, type IncidentNotification } from './incident.entity';
import { IncidentModel } from './incident.model';

const SOURCE_TYPE = 'Incident';

/** What the reporter records and may change until the review. */
/** What the reporter wrote: audited by its length (see textByLength). */
const FREE_TEXT = ['description', 'actionsTaken'];

const FIELDS = ['incidentType', 'severity', 'occurredAt', 'location', 'description', 'actionsTaken', 'followUpDue'] as const satisfies readonly (keyof IncidentEntity)[];

/**
 * Critical incident reports: reported by anyone who may write to the client, editable until
 * a supervisor other than the reporter reviews and signs them off. Each step is on the
 * client's timeline and in the audit trail.
 */
@Injectable()
export class IncidentService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly access: ClientAccess,
    private readonly timeline: TimelineService,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
  ) {}

  private get incidents() {
    return this.tenant.repository(IncidentEntity);
  }

  private get me(): string {
    return this.context.requirePrincipal().id;
  }

  @Transactional()
  async report({ clientId, notifications = [], ...fields }: ReportIncidentInput): Promise<IncidentModel> {
    await this.access.require(clientId, 'write');
    refuseFuture(fields.occurredAt, 'occurredAt');
    notifications.forEach((n, i) => refuseFuture(n.notifiedAt, `notifications.${i}.notifiedAt`));
    const now = new Date();
    const incident = await this.incidents.save(
      this.incidents.create({
        clientId,
        incidentType: fields.incidentType,
        severity: fields.severity,
        occurredAt: fields.occurredAt,
        location: fields.location ?? null,
        description: fields.description,
        actionsTaken: fields.actionsTaken ?? null,
        followUpDue: fields.followUpDue ?? null,
        notifications: notifications.map((n) => this.notification(n, now)),
        status: IncidentStatus.REPORTED,
        reportedBy: this.me,
        reviewedBy: null,
        reviewedAt: null,
        reviewNote: null,
      }),
    );
    await this.timeline.add({
      clientId,
      occurredAt: incident.occurredAt,
      kind: TimelineKind.INCIDENT,
      sourceType: SOURCE_TYPE,
      sourceId: incident.id,
      summary: timelineLine.incidentReported(incident.incidentType, incident.severity),
    });
    await this.audit.record({
      action: AuditAction.CREATE,
      entityType: SOURCE_TYPE,
      entityId: incident.id,
      clientId,
      changes: { ...textByLength(createdChanges(incident, FIELDS), FREE_TEXT), notifications: { to: incident.notifications.length } },
    });
    return IncidentModel.from(incident);
  }

  @Transactional()
  async update({ incidentId, version, ...patch }: UpdateIncidentInput): Promise<IncidentModel> {
    const before = await this.awaitingReview(incidentId);
    if (patch.occurredAt) refuseFuture(patch.occurredAt, 'occurredAt');
    const { row: incident, changes } = await writeChanges(this.incidents, before, version, patch, FIELDS, 'Incident');
    if (!Object.keys(changes).length) return IncidentModel.from(incident);
    await this.timeline.update(SOURCE_TYPE, incident.id, { occurredAt: incident.occurredAt, summary: timelineLine.incidentReported(incident.incidentType, incident.severity) });
    await this.audit.record({ action: AuditAction.UPDATE, entityType: SOURCE_TYPE, entityId: incident.id, clientId: incident.clientId, changes: textByLength(changes, FREE_TEXT) });
    return IncidentModel.from(incident);
  }

  /** Who was told is part of the record even after review (a guardian reached the next day). */
  @Transactional()
  async addNotification({ incidentId, version, ...input }: AddIncidentNotificationInput): Promise<IncidentModel> {
    const before = await this.mustFind(incidentId);
    await this.access.require(before.clientId, 'write');
    refuseFuture(input.notifiedAt, 'notifiedAt');
    const added = this.notification(input, new Date());
    const incident = await this.incidents.updateVersioned(incidentId, version, { notifications: [...before.notifications, added] }, 'Incident');
    await this.audit.record({
      action: AuditAction.UPDATE,
      entityType: SOURCE_TYPE,
      entityId: incident.id,
      clientId: incident.clientId,
      changes: {
        notifications: { from: before.notifications.length, to: incident.notifications.length },
        notifiedParty: { to: added.party },
        notifiedAt: { to: added.notifiedAt },
        notificationMethod: { to: added.method },
      },
    });
    return IncidentModel.from(incident);
  }

  /** A supervisor's sign-off; the reporter cannot review their own report. */
  @Transactional()
  async review({ incidentId, version, reviewNote }: ReviewIncidentInput): Promise<IncidentModel> {
    const before = await this.mustFind(incidentId);
    await this.access.require(before.clientId, 'write');
    if (!canChangeIncidentStatus(before.status, IncidentStatus.REVIEWED)) {
      throw new BadInputError('This incident has already been reviewed.', [{ field: 'incidentId', message: 'already reviewed' }], ErrorReason.ILLEGAL_TRANSITION);
    }
    if (before.reportedBy === this.me) {
      throw new BadInputError('You reported this incident; another supervisor must review it.', [{ field: 'incidentId', message: 'reported by you' }]);
    }
    const reviewedAt = new Date();
    const incident = await this.incidents.updateVersioned(
      incidentId,
      version,
      { status: IncidentStatus.REVIEWED, reviewedBy: this.me, reviewedAt, reviewNote },
      'Incident',
    );
    await this.timeline.add({
      clientId: incident.clientId,
      occurredAt: reviewedAt,
      kind: TimelineKind.INCIDENT,
      sourceType: SOURCE_TYPE,
      sourceId: incident.id,
      summary: timelineLine.incidentReviewed(incident.incidentType),
    });
    await this.audit.record({
      action: AuditAction.UPDATE,
      entityType: SOURCE_TYPE,
      entityId: incident.id,
      clientId: incident.clientId,
      changes: { status: { from: before.status, to: incident.status }, reviewedAt: { to: reviewedAt.toISOString() }, reviewNoteLength: { to: reviewNote.length } },
    });
    return IncidentModel.from(incident);
  }

  /** A report still open to edits, on a client the caller may write to. */
  private async awaitingReview(incidentId: string): Promise<IncidentEntity> {
    const incident = await this.mustFind(incidentId);
    await this.access.require(incident.clientId, 'write');
    if (incident.status !== IncidentStatus.REPORTED) {
      throw new BadInputError('This incident has been reviewed and can no longer be changed.', [{ field: 'incidentId', message: 'is reviewed' }], ErrorReason.LOCKED_RECORD);
    }
    return incident;
  }

  private async mustFind(id: string): Promise<IncidentEntity> {
    const incident = await this.incidents.findOneBy({ id });
    if (!incident) throw new NotFoundError('Incident');
    return incident;
  }

  private notification(input: IncidentNotificationInput, recordedAt: Date): IncidentNotification {
    return {
      party: input.party,
      name: input.name ?? null,
      notifiedAt: input.notifiedAt.toISOString(),
      method: input.method,
      recordedBy: this.me,
      recordedAt: recordedAt.toISOString(),
    };
  }
}
