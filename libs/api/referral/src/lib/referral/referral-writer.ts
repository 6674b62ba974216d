import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { AuditTrail, changedFields, createdChanges, textByLength } from '@waymark/api/audit';
import { ConsentCheck, EnrollmentFacts } from '@waymark/api/client';
import { actingUserId, BadInputError, Clock, ConflictError, RequestContext } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { DirectoryServices, TaxonomyTerms } from '@waymark/api/resource-directory';
import { AuditAction, ConsentCategory, ConsentDecisionReason, EnrollmentStatus, ErrorReason, ReferralSide, ReferralStatus, ReferralUrgency, ServiceStatus } from '@waymark/shared/types';
import type { CreateReferralInput } from './dto/create-referral.input';
import type { ReferralFieldsInput } from './dto/referral-fields.input';
import type { UpdateReferralInput } from './dto/update-referral.input';
import { REFERRAL, ReferralMover } from './referral-mover';
import { ReferralEntity } from './referral.entity';
import type { SidedReferral } from './referral-sides';

/** The fields a draft's edit may change and the trail records (free text by its length). */
const DRAFT_FIELDS = [
  'serviceId',
  'serviceName',
  'organizationName',
  'receiverAgencyId',
  'providerName',
  'providerPhone',
  'providerEmail',
  'providerAddress',
  'consentId',
  'reason',
  'needs',
  'urgency',
  'noteForReceiver',
] as const satisfies readonly (keyof ReferralEntity)[];

const FREE_TEXT = ['reason', 'noteForReceiver'];

type DraftValues = Pick<ReferralEntity, (typeof DRAFT_FIELDS)[number]>;

/**
 * Writes referrals on the sender's side: a new one from a client's open enrollment (kept as a
 * draft, or sent at once through the mover), and a draft's edits. A draft names a directory
 * service the caller's agency sees, or a provider typed in by hand, never both.
 */
@Injectable()
export class ReferralWriter {
  constructor(
    private readonly tenant: TenantScope,
    private readonly enrollments: EnrollmentFacts,
    private readonly directory: DirectoryServices,
    private readonly mover: ReferralMover,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
    private readonly clock: Clock,
    private readonly consent: ConsentCheck,
    private readonly taxonomy: TaxonomyTerms,
  ) {}

  private get referrals() {
    return this.tenant.repository(ReferralEntity);
  }

  @Transactional()
  async create({ clientId, enrollmentId, send, ...fields }: CreateReferralInput): Promise<ReferralEntity> {
    const enrollment = await this.enrollments.require(enrollmentId, 'write');
    if (enrollment.clientId !== clientId) throw new BadInputError("This enrollment is not the client's.", [{ field: 'enrollmentId', message: 'not this client' }]);
    if (enrollment.status === EnrollmentStatus.CLOSED) {
      throw new BadInputError('This enrollment is closed; refer from an open one.', [{ field: 'enrollmentId', message: 'closed' }], ErrorReason.LOCKED_RECORD);
    }
    const values = await this.draftValues(clientId, fields);
    const now = this.clock.now();
    const principal = this.context.requirePrincipal();
    const draft = await this.referrals.save(
      this.referrals.create({
        ...values,
        clientId,
        enrollmentId,
        status: ReferralStatus.DRAFT,
        statusChangedAt: now,
        sentAt: null,
        answeredAt: null,
        appointmentAt: null,
        appointmentLocation: null,
        declineReason: null,
        outcome: null,
        outcomeNote: null,
        closedAt: null,
        createdById: actingUserId(principal),
        sentById: null,
      }),
    );
    await this.mover.recordStep(draft, null, ReferralSide.SENDER, {}, now);
    await this.audit.record({
      action: AuditAction.CREATE,
      entityType: REFERRAL,
      entityId: draft.id,
      clientId,
      changes: textByLength({ enrollmentId: { to: enrollmentId }, ...createdChanges(draft, DRAFT_FIELDS) }, FREE_TEXT),
    });
    await this.mover.announce(draft, null, ReferralSide.SENDER);
    if (!send) return draft;
    return this.mover.move({ id: draft.id, version: draft.version, to: ReferralStatus.SENT }, ReferralSide.SENDER);
  }

  /**
   * A draft's fields as a whole, then sent if asked, in one transaction: a refused send (no
   * consent, say) keeps no half of it. A sent referral no longer changes but through its steps.
   */
  @Transactional()
  async update(sided: SidedReferral, { id, version, send, ...fields }: UpdateReferralInput): Promise<ReferralEntity> {
    const saved = await this.saveDraft(sided, { id, version, ...fields });
    if (!send) return saved;
    return this.mover.move({ id, version: saved.version, to: ReferralStatus.SENT }, ReferralSide.SENDER);
  }

  private async saveDraft({ referral, side }: SidedReferral, { id, version, ...fields }: UpdateReferralInput): Promise<ReferralEntity> {
    if (side !== ReferralSide.SENDER || referral.status !== ReferralStatus.DRAFT) {
      throw new BadInputError('Only a draft referral can be edited; a sent one moves on through its steps.', [{ field: 'id', message: 'not a draft' }], ErrorReason.LOCKED_RECORD);
    }
    const values = await this.draftValues(referral.clientId, fields);
    const { changed, changes } = changedFields(referral, values, DRAFT_FIELDS);
    if (!Object.keys(changes).length) {
      if (referral.version !== version) throw new ConflictError();
      return referral;
    }
    const row = await this.referrals.updateVersioned(id, version, changed, REFERRAL);
    await this.audit.record({ action: AuditAction.UPDATE, entityType: REFERRAL, entityId: id, clientId: referral.clientId, changes: textByLength(changes, FREE_TEXT) });
    await this.mover.announce(row, ReferralStatus.DRAFT, ReferralSide.SENDER);
    return row;
  }

  private async draftValues(clientId: string, fields: ReferralFieldsInput): Promise<DraftValues> {
    if (!!fields.serviceId === !!fields.provider) {
      throw new BadInputError('Refer to a directory service or to a provider typed in by hand, one of the two.', [
        { field: fields.serviceId ? 'provider' : 'serviceId', message: 'give a service or a provider, not both' },
      ]);
    }
    const needs = [...new Set(fields.needs ?? [])];
    await this.taxonomy.requireCodes(needs, 'needs');
    return {
      ...(await this.receiver(fields)),
      consentId: fields.consentId ? await this.clientConsent(clientId, fields.consentId) : null,
      reason: fields.reason,
      needs,
      urgency: fields.urgency ?? ReferralUrgency.ROUTINE,
      noteForReceiver: fields.noteForReceiver ?? null,
    };
  }

  /** Whom the referral goes to, named as it is now; a service run by the caller's own agency has no other inbox to reach. */
  private async receiver({ serviceId, provider }: ReferralFieldsInput) {
    const none = { serviceId: null, serviceName: null, organizationName: null, receiverAgencyId: null };
    if (provider) {
      return { ...none, providerName: provider.name, providerPhone: provider.phone ?? null, providerEmail: provider.email ?? null, providerAddress: provider.address ?? null };
    }
    const service = await this.directory.summary(serviceId as string);
    if (!service) throw new BadInputError('There is no such service in the directory.', [{ field: 'serviceId', message: 'not found' }]);
    if (service.status !== ServiceStatus.ACTIVE) {
      throw new BadInputError(`This service is ${service.status.toLowerCase().replace('_', ' ')}; refer to one that is active.`, [{ field: 'serviceId', message: `not active (${service.status})` }]);
    }
    const receiverAgencyId = service.waymarkAgencyId === this.context.agencyId ? null : service.waymarkAgencyId;
    return {
      serviceId: service.id,
      serviceName: service.name,
      organizationName: service.organizationName,
      receiverAgencyId,
      providerName: null,
      providerPhone: null,
      providerEmail: null,
      providerAddress: null,
    };
  }

  /**
   * A consent named by hand (for a provider off Waymark) must be one of this client's, in this
   * agency; a draft may keep one not yet in force, the send asks again (the mover).
   */
  private async clientConsent(clientId: string, consentId: string): Promise<string> {
    const judged = await this.consent.judge({ consentId, clientId, category: ConsentCategory.REFERRALS });
    if (judged.reason === ConsentDecisionReason.NO_CONSENT) throw new BadInputError("That is not one of this client's consents.", [{ field: 'consentId', message: 'not found' }]);
    return consentId;
  }
}
