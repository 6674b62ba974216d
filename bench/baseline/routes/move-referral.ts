// Mirrors ReferralResolver.moveReferral → ReferralService.move → ReferralMover.move
// (libs/api/referral/src/lib/referral/referral-mover.ts) for the sender's step on a referral to a
// provider off Waymark: in one transaction the referral, the caller's right to write to its
// client, the versioned update, the step, the client's timeline line, the audit row, and the
// worklist's reconcile of the enrollment (ReferralEvent.CHANGED, see ../worklist.ts), and the webhook
// outbox's look for subscriptions to referral.status_changed (WebhookListeners.referralChanged →
// WebhookOutbox.record, libs/api/integration): real work the product does on every move, so the
// baseline does it too. The bench's agency subscribes to nothing, so that SELECT is all the outbox
// does here. The sender's write stands for the response: no read is recorded and nothing is read
// back (ReferralService.written).
import type { FastifyInstance } from 'fastify';
import { canMoveReferral, ReferralSide, ReferralStatus, TERMINAL_REFERRAL_STATUSES, WebhookEventType } from '@waymark/shared/types';
import { referralLine } from '../../../libs/api/referral/src/lib/referral/referral-timeline-lines';
import { requireClient } from '../access';
import { auditSource, recordAudit } from '../audit';
import { type Deps, Refused, signedInRoute } from '../route';
import { reconcileEnrollment } from '../worklist';

interface MoveReferralBody {
  input: { id: string; to: ReferralStatus; version: number; note?: string | null };
}

interface ReferralRow {
  id: string;
  version: number;
  client_id: string;
  enrollment_id: string | null;
  receiver_agency_id: string | null;
  status: ReferralStatus;
}

const REFERRAL_COLUMNS = `id, created_at, updated_at, version, agency_id, client_id, enrollment_id, service_id, service_name, organization_name,
  provider_name, provider_phone, provider_email, provider_address, receiver_agency_id, consent_id, reason, needs, urgency, note_for_receiver, status,
  status_changed_at, sent_at, answered_at, appointment_at, appointment_location, decline_reason, outcome, outcome_note, closed_at, created_by, sent_by`;

/** The steps whose only fields are the status (and, for a terminal one, when it closed): what the bench moves. */
const PLAIN_STEPS: readonly ReferralStatus[] = [ReferralStatus.RECEIVED, ReferralStatus.NO_SHOW, ReferralStatus.CANCELLED];

export function moveReferral(app: FastifyInstance, deps: Deps): void {
  signedInRoute<MoveReferralBody>(app, deps, 'move-referral', async ({ db, body: { input }, caller, request }) => {
    if (!PLAIN_STEPS.includes(input.to)) throw new Refused('BAD_USER_INPUT', `The baseline takes the steps ${PLAIN_STEPS.join(', ')} only.`);
    const source = auditSource(request, caller);
    const moved = await db.transaction(async (tx) => {
      const [before] = await tx.query<ReferralRow>(`SELECT ${REFERRAL_COLUMNS} FROM referral WHERE id = $1 AND agency_id = $2 LIMIT 1`, [input.id, caller.agencyId]);
      if (!before) throw new Refused('NOT_FOUND', 'Referral not found.');
      await requireClient(tx, caller, before.client_id, 'write');
      if (before.version !== input.version) throw new Refused('CONFLICT', 'The referral changed meanwhile.');
      if (!canMoveReferral(before.status, input.to, ReferralSide.SENDER, before.receiver_agency_id != null)) {
        throw new Refused('ILLEGAL_TRANSITION', `A referral cannot move from ${before.status} to ${input.to}.`);
      }
      const now = new Date();
      const closedAt = TERMINAL_REFERRAL_STATUSES.includes(input.to) ? now : undefined;
      const updated = await tx.query(
        `UPDATE referral SET status = $1, status_changed_at = $2, ${closedAt ? 'closed_at = $6, ' : ''}version = version + 1, updated_at = CURRENT_TIMESTAMP
          WHERE id = $3 AND agency_id = $4 AND version = $5 RETURNING updated_at`,
        [input.to, now, before.id, caller.agencyId, before.version, ...(closedAt ? [closedAt] : [])],
      );
      if (!updated.length) throw new Refused('CONFLICT', 'The referral changed meanwhile.');
      await tx.query(
        `INSERT INTO referral_step (id, agency_id, referral_id, from_status, to_status, side, actor_id, actor_agency_id, note, appointment_at, occurred_at)
         VALUES (DEFAULT, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [caller.agencyId, before.id, before.status, input.to, ReferralSide.SENDER, caller.userId, caller.agencyId, input.note?.trim() || null, null, now],
      );
      await tx.query(
        `INSERT INTO client_timeline_entry (id, agency_id, client_id, occurred_at, kind, source_type, source_id, summary, actor_id, created_at)
         VALUES (DEFAULT, $1, $2, $3, $4, $5, $6, $7, $8, DEFAULT) RETURNING id, created_at`,
        [caller.agencyId, before.client_id, now, 'REFERRAL', 'Referral', before.id, referralLine(input.to), caller.userId],
      );
      await recordAudit(tx, source, [
        { action: 'UPDATE', entityType: 'Referral', entityId: before.id, clientId: before.client_id, changes: { status: { from: before.status, to: input.to } } },
      ]);
      const subscriptions = await tx.query(`SELECT id FROM webhook_subscription WHERE agency_id = $1 AND $2 = ANY(event_types) FOR KEY SHARE`, [
        caller.agencyId,
        WebhookEventType.REFERRAL_STATUS_CHANGED,
      ]);
      if (subscriptions.length) throw new Refused('BAD_USER_INPUT', 'The baseline sends no webhooks: its agency must subscribe to none.');
      if (before.enrollment_id) await reconcileEnrollment(tx, source, caller.agencyId, before.enrollment_id);
      return { ...before, status: input.to, version: before.version + 1 };
    });
    return { moveReferral: { id: moved.id, status: moved.status, version: moved.version } };
  });
}
