import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { Transactional } from '@nestjs-cls/transactional';
import { AuditTrail, changedFields, type FieldChanges } from '@waymark/api/audit';
import { ConsentCheck, TimelineService } from '@waymark/api/client';
import { actingUserId, BadInputError, Clock, ConflictError, emitInTransaction, NotFoundError, RequestContext } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import {
  AuditAction,
  canMoveReferral,
  ConsentCategory,
  isReferralAppointmentPast,
  missingReferralMoveFields,
  type ReferralDeclineReason,
  type ReferralOutcome,
  ReferralSide,
  ReferralStatus,
  TERMINAL_REFERRAL_STATUSES,
  TimelineKind,
} from '@waymark/shared/types';
import type { QueryDeepPartialEntity } from 'typeorm';
import { ConsentRequiredError, illegalMove } from './referral-errors';
import { ReferralEvent, type ReferralChangedEvent, toReferralFact } from './referral-events';
import { referralLine } from './referral-timeline-lines';
import { ReferralStepEntity } from './referral-step.entity';
import { ReferralEntity } from './referral.entity';

/** The audit trail's and the timeline's name for a referral. */
export const REFERRAL = 'Referral';

const MOVE_AUDITED = ['status', 'appointmentAt', 'declineReason', 'outcome', 'consentId'] as const satisfies readonly (keyof ReferralEntity)[];

/** What a trail records of a move, in either agency's: the step and the facts it set, never a note. */
export function moveChanges(before: ReferralEntity, after: ReferralEntity): FieldChanges {
  return changedFields(before, after, MOVE_AUDITED).changes;
}

/** One step asked of a referral. */
export interface ReferralMove {
  id: string;
  version: number;
  to: ReferralStatus;
  note?: string | null;
  declineReason?: ReferralDeclineReason | null;
  appointmentAt?: Date | null;
  appointmentLocation?: string | null;
  outcome?: ReferralOutcome | null;
  outcomeNote?: string | null;
}

/**
 * The one way a referral changes status, for every side: the sender (sending included), the
 * receiving agency, and the system's expiry sweep. It checks the machine and the side, asks
 * for the consent a send to an agency on Waymark needs, and then, in one transaction, updates
 * the referral, appends its step, writes the client's timeline, audits, and emits
 * ReferralEvent.CHANGED. It must run in the sending agency's scope (the receiver's requests
 * enter it through SenderScope; the sweep through SystemContext), which keeps the referral.
 */
@Injectable()
export class ReferralMover {
  constructor(
    private readonly tenant: TenantScope,
    private readonly consent: ConsentCheck,
    private readonly timeline: TimelineService,
    private readonly audit: AuditTrail,
    private readonly events: EventEmitter2,
    private readonly context: RequestContext,
    private readonly clock: Clock,
  ) {}

  /** `known` is the referral as the caller already read it in this transaction, which is then not read again. */
  @Transactional()
  async move(move: ReferralMove, side: ReferralSide, known?: ReferralEntity): Promise<ReferralEntity> {
    const before = known ?? (await this.tenant.repository(ReferralEntity).findOneBy({ id: move.id }));
    if (!before) throw new NotFoundError(REFERRAL);
    if (before.version !== move.version) throw new ConflictError();
    const from = before.status;
    if (!canMoveReferral(from, move.to, side, before.receiverAgencyId != null)) throw illegalMove(from, move.to, side);
    const missing = missingReferralMoveFields(move.to, move);
    if (missing.length) {
      throw new BadInputError(`Moving a referral to ${move.to} needs: ${missing.join(', ')}.`, missing.map((field) => ({ field, message: 'required' })));
    }
    const now = this.clock.now();
    if (move.to === ReferralStatus.SCHEDULED && move.appointmentAt && isReferralAppointmentPast(move.appointmentAt, now)) {
      throw new BadInputError('An appointment cannot be booked for a day already past.', [{ field: 'appointmentAt', message: 'in the past' }]);
    }
    const patch = { ...(await this.patchFor(before, move, now)), status: move.to, statusChangedAt: now };
    const after = await this.write(before, patch);
    await this.recordStep(after, from, side, move, now);
    await this.audit.record({ action: AuditAction.UPDATE, entityType: REFERRAL, entityId: after.id, clientId: after.clientId, changes: moveChanges(before, after) });
    await this.announce(after, from, side);
    return after;
  }

  /**
   * Writes what every step of a referral writes besides its own row: the step on its history
   * and the line on the client's timeline. The writer calls it for a new referral too.
   */
  async recordStep(referral: ReferralEntity, from: ReferralStatus | null, side: ReferralSide, move: Pick<ReferralMove, 'note'>, at: Date): Promise<void> {
    const steps = this.tenant.repository(ReferralStepEntity);
    await steps.save(
      steps.create({
        referralId: referral.id,
        fromStatus: from,
        toStatus: referral.status,
        side,
        actorId: actingUserId(this.context.requirePrincipal()),
        actorAgencyId: side === ReferralSide.RECEIVER ? referral.receiverAgencyId : side === ReferralSide.SENDER ? referral.agencyId : null,
        note: move.note?.trim() || null,
        appointmentAt: referral.status === ReferralStatus.SCHEDULED ? referral.appointmentAt : null,
        occurredAt: at,
      }),
    );
    await this.timeline.add({
      clientId: referral.clientId,
      occurredAt: at,
      kind: TimelineKind.REFERRAL,
      sourceType: REFERRAL,
      sourceId: referral.id,
      summary: referralLine(referral.status, referral),
    });
  }

  /**
   * Applies the move to the row still at the version read, and answers the row as written
   * without reading it back: what changed is the patch, the version and the time stamp.
   * Someone else's move since is a CONFLICT.
   */
  private async write(before: ReferralEntity, patch: QueryDeepPartialEntity<ReferralEntity>): Promise<ReferralEntity> {
    const referrals = this.tenant.repository(ReferralEntity);
    const { affected, raw } = await referrals
      .createQueryBuilder('r')
      .update()
      .set({ ...patch, version: () => 'version + 1' })
      .where('id = :id AND agency_id = :agencyId AND version = :version', { id: before.id, agencyId: referrals.agencyId, version: before.version })
      .returning('updated_at')
      .execute();
    if (!affected) throw new ConflictError();
    const [{ updated_at: updatedAt }] = raw as { updated_at: Date }[];
    return Object.assign(new ReferralEntity(), before, patch, { version: before.version + 1, updatedAt });
  }

  /** Tells the contexts that follow referrals (the worklist) of the change, inside its transaction and the sender's scope. */
  async announce(referral: ReferralEntity, from: ReferralStatus | null, side: ReferralSide): Promise<void> {
    const event: ReferralChangedEvent = { referral: toReferralFact(referral), from, side };
    await emitInTransaction(this.events, ReferralEvent.CHANGED, event);
  }

  private async patchFor(before: ReferralEntity, move: ReferralMove, now: Date): Promise<QueryDeepPartialEntity<ReferralEntity>> {
    switch (move.to) {
      case ReferralStatus.SENT:
        return { sentAt: now, sentById: actingUserId(this.context.requirePrincipal()), consentId: await this.consentToSend(before) };
      case ReferralStatus.ACCEPTED:
        return { answeredAt: before.answeredAt ?? now };
      case ReferralStatus.DECLINED:
        return { answeredAt: before.answeredAt ?? now, declineReason: move.declineReason, closedAt: now };
      case ReferralStatus.SCHEDULED:
        return { appointmentAt: move.appointmentAt, appointmentLocation: move.appointmentLocation?.trim() || null };
      case ReferralStatus.COMPLETED:
        return { outcome: move.outcome, outcomeNote: move.outcomeNote?.trim() || null, closedAt: now };
      default:
        return TERMINAL_REFERRAL_STATUSES.includes(move.to) ? { closedAt: now } : {};
    }
  }

  /**
   * A referral reaching an agency on Waymark shares the client with it: a consent in force
   * covering REFERRALS for that agency must allow it (CONSENT_REQUIRED otherwise). The
   * consent found is kept on the referral. One to a provider off Waymark goes under the
   * consent the sender named, if any, which must then be in force and cover REFERRALS.
   */
  private async consentToSend(referral: ReferralEntity): Promise<string | null> {
    if (!referral.receiverAgencyId) {
      if (!referral.consentId) return null;
      const named = await this.consent.judge({ consentId: referral.consentId, clientId: referral.clientId, category: ConsentCategory.REFERRALS });
      if (!named.allowed) throw new ConsentRequiredError(named.reason);
      return referral.consentId;
    }
    const decision = await this.consent.mayShare({ clientId: referral.clientId, category: ConsentCategory.REFERRALS, recipient: { agencyId: referral.receiverAgencyId } });
    if (!decision.allowed) throw new ConsentRequiredError(decision.reason);
    return decision.consentId;
  }
}
