import { plannedReferralFollowUps, referralFollowUpClosing } from '@waymark/api/care-plan';
import { timelineLine } from '@waymark/api/client';
import { type ReferralFact, referralLine } from '@waymark/api/referral';
import {
  addDays,
  ConsentCategory,
  ConsentRecipientKind,
  daysBetween,
  REFERRAL_EXPIRY_DAYS,
  REFERRAL_EXPIRY_NOTE,
  REFERRAL_NO_ANSWER_DAYS,
  referralLabel,
  referralNoAnswerDueOn,
  type ReferralOutcome,
  ReferralSide,
  ReferralStatus,
  TaskKind,
  TERMINAL_REFERRAL_STATUSES,
  TimelineKind,
  todayIsoDate,
} from '@waymark/shared/types';
import type { CareRecords } from './care-seed-rows';
import { CANCEL_NOTES, DECLINES, HAND_TYPED_PROVIDERS, NEED_REASONS, NOTES_FOR_RECEIVER, OUTCOMES, PROGRAM_NEEDS, RECEIVER_NOTES } from './demo-referrals';
import type { ProgramCode } from './demo-programs';
import { atWorkHour } from './plan-history';
import { addTask } from './plan-care-tasks';
import type { Random } from './random';
import type { ReferralRecords, ReferralRow, ReferralStepRow } from './referral-rows';
import { seedId } from './seed-ids';

const DAY_MS = 24 * 3600_000;
const S = ReferralStatus;

/** An open enrollment a referral may go out from, and the case manager who sends it. */
export interface ReferralSeedEnrollment {
  clientId: string;
  enrollmentId: string;
  program: ProgramCode;
  senderId: string;
  openedOn: string;
}

/** A directory service as the seed refers to it: `paths` are its categories with their ancestors, so a need matches a child term. */
export interface SeedService {
  id: string;
  name: string;
  organizationName: string;
  categories: string[];
  paths: string[];
}

/** The other demo agency, on Waymark, whose services' referrals reach its inbox. */
export interface SeedPartner {
  id: string;
  name: string;
  staffIds: string[];
  services: SeedService[];
}

export interface ReferralPlanContext {
  r: Random;
  now: Date;
  today: string;
  senderAgencyId: string;
  /** The case manager the demo signs in as: their worklist shows a referral to chase. */
  demoSenderId: string | null;
  /** Services the sender sees that no agency on Waymark runs. */
  services: SeedService[];
  partner: SeedPartner | null;
  records: ReferralRecords;
  /** Referrals for each client referred, on average, when a number was asked for; unset, one (a few two). */
  perClient?: number;
}

/** Where each final status's referral was sent, in days before today. Unanswered ones stay short of expiry. */
const SENT_DAYS_AGO: Record<ReferralStatus, [number, number]> = {
  DRAFT: [0, 6],
  SENT: [1, REFERRAL_EXPIRY_DAYS - 2],
  RECEIVED: [1, REFERRAL_EXPIRY_DAYS - 2],
  ACCEPTED: [4, 30],
  SCHEDULED: [5, 30],
  COMPLETED: [20, 200],
  DECLINED: [10, 200],
  CANCELLED: [5, 200],
  NO_SHOW: [15, 120],
  EXPIRED: [REFERRAL_EXPIRY_DAYS + 1, 200],
};

/** What the demo login's worklist shows of referrals: a chase already due (still short of expiry) and an appointment to check. */
const DEMO_FOLLOW_UPS: readonly { status: ReferralStatus; sentDaysAgo: [number, number] }[] = [
  { status: S.SENT, sentDaysAgo: [REFERRAL_NO_ANSWER_DAYS + 1, REFERRAL_EXPIRY_DAYS - 2] },
  { status: S.SCHEDULED, sentDaysAgo: SENT_DAYS_AGO.SCHEDULED },
];

/** Final statuses of referrals to services off Waymark, by weight: most closed, a live share open. */
const FINAL_STATUS_WEIGHTS: Record<ReferralStatus, number> = {
  DRAFT: 4,
  SENT: 10,
  RECEIVED: 5,
  ACCEPTED: 12,
  SCHEDULED: 12,
  COMPLETED: 26,
  DECLINED: 8,
  CANCELLED: 6,
  NO_SHOW: 5,
  EXPIRED: 6,
};

/**
 * At scale (`db:seed --referrals N`), more of them wait for the provider's answer: a benchmark
 * moves SENT referrals to providers off Waymark on, one per request.
 */
const AT_SCALE_STATUS_WEIGHTS: Record<ReferralStatus, number> = { ...FINAL_STATUS_WEIGHTS, SENT: 24, DRAFT: 3, ACCEPTED: 9, SCHEDULED: 9 };

/** The partner's inbox: alive with new referrals, some under way, one done and one declined. */
const PARTNER_STATUSES: readonly ReferralStatus[] = [S.SENT, S.SENT, S.RECEIVED, S.RECEIVED, S.ACCEPTED, S.ACCEPTED, S.SCHEDULED, S.COMPLETED, S.DECLINED];

interface Receiver {
  service: SeedService | null;
  provider: (typeof HAND_TYPED_PROVIDERS)[number] | null;
  partner: SeedPartner | null;
}

/**
 * Referrals from the sending agency's open enrollments: about `share` of them one (a few two),
 * to directory services matching the program's usual needs or to a provider typed in by hand,
 * in every status with the steps that led there; then a handful to the partner agency on
 * Waymark, each covered by a consent to share with it. Follow-up tasks, open and past, are
 * planned with the worklist's own rules, so a sweep finds each already there.
 */
export function planReferrals(ctx: ReferralPlanContext, enrollments: readonly ReferralSeedEnrollment[], share: number): void {
  const { r } = ctx;
  const chosen = r.sample(enrollments, Math.round(enrollments.length * share));
  const matching = new Map<string, SeedService[]>();
  // Clients in service long enough for any of the partner's statuses.
  const toPartner = ctx.partner ? chosen.filter((e) => daysBetween(e.openedOn, ctx.today) > SENT_DAYS_AGO.COMPLETED[0] + 1).slice(0, PARTNER_STATUSES.length) : [];
  toPartner.forEach((e, i) => {
    const partner = ctx.partner as SeedPartner;
    // Every other one to the first (the food pantry), the rest spread over the others.
    const others = partner.services.slice(1);
    const service = i % 2 === 0 || !others.length ? partner.services[0] : others[((i - 1) / 2) % others.length];
    planReferral(ctx, e, { service, provider: null, partner }, PARTNER_STATUSES[i], service.categories[0]);
  });
  const rest = chosen.filter((one) => !toPartner.includes(one));
  // The demo case manager's first referrals show both follow-ups on their worklist.
  const demo = rest.filter((e) => e.senderId === ctx.demoSenderId && daysBetween(e.openedOn, ctx.today) > SENT_DAYS_AGO.SCHEDULED[1] + 1);
  for (const e of rest) {
    const needs = needsOf(ctx, e.program);
    const shown = DEMO_FOLLOW_UPS[demo.indexOf(e)];
    for (const need of needs) {
      if (shown && need === needs[0]) planReferral(ctx, e, receiverFor(ctx, need, matching), shown.status, need, shown.sentDaysAgo);
      else planReferral(ctx, e, receiverFor(ctx, need, matching), r.weighted(ctx.perClient ? AT_SCALE_STATUS_WEIGHTS : FINAL_STATUS_WEIGHTS), need);
    }
  }
}

/** The needs a client is referred for: one (a few two), or `perClient` on average when a number of referrals was asked for. */
function needsOf(ctx: ReferralPlanContext, program: ProgramCode): string[] {
  const { r, perClient } = ctx;
  const usual = PROGRAM_NEEDS[program];
  if (!perClient) return r.sample(usual, r.chance(0.2) ? 2 : 1);
  const count = Math.floor(perClient) + (r.chance(perClient % 1) ? 1 : 0);
  // More referrals than usual needs: some needs come back (a second food pantry, a new counselor).
  return [...r.sample(usual, count), ...Array.from({ length: Math.max(0, count - usual.length) }, () => r.pick(usual))];
}

/** A matching service of the region (found once per need: the region may hold thousands), or now and then a provider typed in by hand. */
function receiverFor(ctx: ReferralPlanContext, need: string, matching: Map<string, SeedService[]>): Receiver {
  if (!matching.has(need)) matching.set(need, ctx.services.filter((service) => service.paths.includes(need)));
  const services = matching.get(need) as SeedService[];
  if (!services.length || ctx.r.chance(0.1)) return { service: null, provider: ctx.r.pick(HAND_TYPED_PROVIDERS), partner: null };
  return { service: ctx.r.pick(services), provider: null, partner: null };
}

interface Step {
  to: ReferralStatus;
  side: ReferralSide;
  at: Date;
  note: string | null;
  appointmentAt?: Date;
}

/** One referral with its steps, timeline, consent (to the partner) and follow-up tasks. */
function planReferral(ctx: ReferralPlanContext, e: ReferralSeedEnrollment, receiver: Receiver, wanted: ReferralStatus, need: string, sentDaysAgo = SENT_DAYS_AGO[wanted]): void {
  const { r, now, records } = ctx;
  // Sent from the day after the enrollment opened: a young enrollment's referral is still waiting.
  const daysOpen = daysBetween(e.openedOn, ctx.today) - 1;
  const status = daysOpen >= sentDaysAgo[0] ? wanted : daysOpen >= 1 ? S.SENT : S.DRAFT;
  const [lo, hi] = status === wanted ? sentDaysAgo : SENT_DAYS_AGO[status];
  const sentAt = atWorkHour(r, new Date(now.getTime() - r.int(lo, Math.max(lo, Math.min(hi, daysOpen))) * DAY_MS), now);
  const createdAt = status === S.DRAFT || r.chance(0.6) ? sentAt : new Date(Math.max(sentAt.getTime() - r.int(1, 2) * DAY_MS, new Date(`${e.openedOn}T17:00:00Z`).getTime()));

  const onWaymark = receiver.partner !== null;
  const receiverSide = onWaymark ? ReferralSide.RECEIVER : ReferralSide.SENDER;
  const later = (after: Date, minDays: number, maxDays: number): Date => {
    let at = atWorkHour(r, new Date(after.getTime() + r.int(minDays, maxDays) * DAY_MS), now);
    if (at <= after) at = new Date(after.getTime() + r.int(20, 180) * 60_000);
    // Never in the future: squeezed between the last step and now.
    return at > now ? new Date(after.getTime() + (now.getTime() - after.getTime()) / 2) : at;
  };
  const steps: Step[] = [{ to: S.DRAFT, side: ReferralSide.SENDER, at: createdAt, note: null }];
  const step = (stepTo: ReferralStatus, side: ReferralSide, at: Date, note: string | null = null, appointmentAt?: Date) => steps.push({ to: stepTo, side, at, note, appointmentAt });
  const last = () => steps[steps.length - 1].at;

  let outcome: { outcome: ReferralOutcome; note: string | null } | null = null;
  let decline: (typeof DECLINES)[number] | null = null;
  if (status !== S.DRAFT && !(status === S.CANCELLED && r.chance(0.2))) step(S.SENT, ReferralSide.SENDER, sentAt);
  const sent = steps.length > 1;
  if (sent && status !== S.SENT && (status === S.RECEIVED || r.chance(onWaymark ? 0.7 : 0.3))) step(S.RECEIVED, receiverSide, later(sentAt, 0, 2), r.pick(RECEIVER_NOTES.RECEIVED));
  switch (status) {
    case S.ACCEPTED:
    case S.SCHEDULED:
    case S.COMPLETED:
    case S.NO_SHOW: {
      step(S.ACCEPTED, receiverSide, later(last(), 1, 7), r.pick(RECEIVER_NOTES.ACCEPTED));
      if (status === S.ACCEPTED || (status === S.COMPLETED && r.chance(0.3))) break;
      const scheduledAt = later(last(), 0, 3);
      if (status === S.SCHEDULED) {
        let at = scheduledAt;
        if (r.chance(0.25)) {
          // Booked, then moved before the day: the first booking's check is cancelled, the new one's is open.
          step(S.SCHEDULED, receiverSide, at, r.pick(RECEIVER_NOTES.SCHEDULED), new Date(at.getTime() + r.int(3, 8) * DAY_MS));
          at = later(at, 0, 2);
        }
        // Booked for the coming weeks, or a few days ago and not yet told how it went.
        const appointment = atWorkHour(r, new Date(now.getTime() + r.int(-3, 21) * DAY_MS), new Date(now.getTime() + 30 * DAY_MS));
        step(S.SCHEDULED, receiverSide, at, r.pick(RECEIVER_NOTES.SCHEDULED), appointment > at ? appointment : new Date(at.getTime() + 2 * DAY_MS));
        break;
      }
      const appointment = later(scheduledAt, 2, 10);
      step(S.SCHEDULED, receiverSide, scheduledAt, r.pick(RECEIVER_NOTES.SCHEDULED), appointment);
      break;
    }
    case S.DECLINED:
      decline = r.pick(DECLINES);
      step(S.DECLINED, receiverSide, later(last(), 1, 8), decline.note);
      break;
    case S.CANCELLED:
      if (sent && r.chance(0.4)) step(S.ACCEPTED, receiverSide, later(last(), 1, 5), r.pick(RECEIVER_NOTES.ACCEPTED));
      step(S.CANCELLED, ReferralSide.SENDER, later(last(), 1, 10), r.pick(CANCEL_NOTES));
      break;
    case S.EXPIRED:
      // The expiry round runs in the small hours of the day the referral's time ran out.
      step(S.EXPIRED, ReferralSide.SYSTEM, new Date(`${addDays(todayIsoDate(sentAt), REFERRAL_EXPIRY_DAYS)}T01:15:00Z`), REFERRAL_EXPIRY_NOTE);
      break;
  }
  const appointmentAt = [...steps].reverse().find((s) => s.appointmentAt)?.appointmentAt ?? null;
  if (status === S.COMPLETED) {
    outcome = r.pick(OUTCOMES);
    step(S.COMPLETED, receiverSide, later(appointmentAt && steps[steps.length - 1].to === S.SCHEDULED ? appointmentAt : last(), 0, 2), outcome.note);
  }
  if (status === S.NO_SHOW) step(S.NO_SHOW, receiverSide, later(appointmentAt as Date, 0, 1), r.pick(RECEIVER_NOTES.NO_SHOW));

  const final = steps[steps.length - 1];
  const answered = steps.find((s) => s.to === S.ACCEPTED || s.to === S.DECLINED);
  const provider = receiver.provider;
  const consentId = receiver.partner ? planPartnerConsent(ctx, e, receiver.partner, createdAt, status === S.COMPLETED ? final.at : null) : null;
  const referral: ReferralRow = {
    id: seedId(),
    client_id: e.clientId,
    enrollment_id: e.enrollmentId,
    service_id: receiver.service?.id ?? null,
    service_name: receiver.service?.name ?? null,
    organization_name: receiver.service?.organizationName ?? null,
    provider_name: provider?.name ?? null,
    provider_phone: provider?.phone ?? null,
    provider_address: provider?.address ?? null,
    receiver_agency_id: receiver.partner?.id ?? null,
    consent_id: consentId,
    reason: r.pick(NEED_REASONS[need] ?? NEED_REASONS.counseling),
    needs: [need],
    urgency: r.weighted({ ROUTINE: 14, URGENT: 5, EMERGENCY: 1 }),
    note_for_receiver: r.chance(0.4) ? r.pick(NOTES_FOR_RECEIVER) : null,
    status,
    status_changed_at: final.at,
    sent_at: sent ? sentAt : null,
    answered_at: answered?.at ?? null,
    appointment_at: appointmentAt,
    appointment_location: appointmentAt ? (provider?.address ?? `${receiver.service?.organizationName ?? provider?.name} – intake office`) : null,
    decline_reason: decline?.reason ?? null,
    outcome: outcome?.outcome ?? null,
    outcome_note: outcome?.note ?? null,
    closed_at: TERMINAL_REFERRAL_STATUSES.includes(status) ? final.at : null,
    created_by: e.senderId,
    sent_by: sent ? e.senderId : null,
    created_at: createdAt,
    updated_at: final.at,
    version: steps.length,
  };
  records.referrals.push(referral);
  const actorOf = (s: Step) => (s.side === ReferralSide.SENDER ? e.senderId : s.side === ReferralSide.RECEIVER ? ctx.r.pick(receiver.partner?.staffIds ?? [e.senderId]) : null);
  steps.forEach((s, i) => {
    const row: ReferralStepRow = {
      id: seedId(),
      referral_id: referral.id,
      from_status: i === 0 ? null : steps[i - 1].to,
      to_status: s.to,
      side: s.side,
      actor_id: actorOf(s),
      actor_agency_id: s.side === ReferralSide.SENDER ? ctx.senderAgencyId : s.side === ReferralSide.RECEIVER ? (receiver.partner?.id ?? null) : null,
      note: s.note,
      appointment_at: s.appointmentAt ?? null,
      occurred_at: s.at,
    };
    records.steps.push(row);
    records.care.timeline.push({
      client_id: e.clientId,
      occurred_at: s.at,
      kind: TimelineKind.REFERRAL,
      source_type: 'Referral',
      source_id: referral.id,
      summary: referralLine(s.to, { appointmentAt: s.appointmentAt ?? null, outcome: s.to === S.COMPLETED ? outcome?.outcome : null }),
      // A step another agency took names no user of the sender's.
      actor_id: s.side === ReferralSide.SENDER ? e.senderId : null,
    });
  });
  planFollowUps(ctx, e, referral, steps);
}

/**
 * The follow-ups the worklist made of the referral as its steps went by: the no-answer check
 * once the receiver was quiet past its day (closed by the answer, the cancel or the expiry),
 * and each booked appointment's check (closed by the outcome, a new booking or a cancel).
 * Those still waiting are open, as the worklist plans them today.
 */
function planFollowUps(ctx: ReferralPlanContext, e: ReferralSeedEnrollment, referral: ReferralRow, steps: Step[]): void {
  const fact = (status: ReferralStatus, appointmentAt: Date | null = null): ReferralFact => ({
    id: referral.id,
    clientId: e.clientId,
    enrollmentId: e.enrollmentId,
    status,
    sentAt: referral.sent_at,
    appointmentAt,
    label: referralLabel({ serviceName: referral.service_name, providerName: referral.provider_name }),
    sentBy: referral.sent_by,
  });
  // A booking moved to another time on the same day is the same follow-up, under the same key.
  const keys = new Set<string>();
  const task = (kind: TaskKind, waiting: ReferralFact, plannedOn: string, createdAt: Date, end: Step | undefined, endAppointment: Date | null) => {
    const planned = plannedReferralFollowUps({ referrals: [waiting], carriers: new Set([e.senderId]), primaryCaseManagerId: e.senderId, today: plannedOn }).find((t) => t.kind === kind);
    if (!planned || (end && end.at <= createdAt) || keys.has(planned.dedupeKey)) return;
    keys.add(planned.dedupeKey);
    const care = { records: ctx.records.care, today: ctx.today, now: ctx.now };
    addTask(care, {
      kind,
      clientId: e.clientId,
      enrollmentId: e.enrollmentId,
      assigneeId: planned.assigneeId,
      subject: { type: planned.subjectType, id: planned.subjectId },
      dedupeKey: planned.dedupeKey,
      dueOn: planned.dueOn,
      title: planned.title,
      priority: planned.priority,
      createdAt,
      done: end ? { at: end.at, by: e.senderId } : null,
    });
    if (!end) return;
    // The step closed it as the reconcile does: nobody's hand, DONE or CANCELLED with why.
    const closing = referralFollowUpClosing(kind, fact(end.to, endAppointment));
    Object.assign(ctx.records.care.tasks[ctx.records.care.tasks.length - 1], { status: closing.status, completed_by: null, completion_note: closing.note });
  };

  const sentIndex = steps.findIndex((s) => s.to === S.SENT);
  if (sentIndex >= 0 && referral.sent_at) {
    const dueOn = referralNoAnswerDueOn(referral.sent_at);
    const end = steps.slice(sentIndex + 1).find((s) => s.to !== S.RECEIVED);
    const plannedOn = end ? todayIsoDate(end.at) : ctx.today;
    // The daily reconcile made it in the small hours of its day.
    task(TaskKind.REFERRAL_NO_ANSWER, fact(S.SENT), plannedOn, new Date(Math.min(new Date(`${dueOn}T01:30:00Z`).getTime(), ctx.now.getTime())), end, null);
  }
  steps.forEach((s, i) => {
    if (s.to !== S.SCHEDULED || !s.appointmentAt) return;
    const end = steps[i + 1];
    task(TaskKind.REFERRAL_APPOINTMENT_FOLLOW_UP, fact(S.SCHEDULED, s.appointmentAt), ctx.today, s.at, end, end?.appointmentAt ?? null);
  });
}

/**
 * The client's consent to share with the partner agency what a referral needs: signed a few
 * days before the referral, for a year. One whose referral completed is later revoked: the
 * partner keeps the referral's history but no longer sees the client.
 */
function planPartnerConsent(ctx: ReferralPlanContext, e: ReferralSeedEnrollment, partner: SeedPartner, referredAt: Date, completedAt: Date | null): string {
  const { r, now, records } = ctx;
  const signedAt = atWorkHour(r, new Date(referredAt.getTime() - r.int(0, 5) * DAY_MS), referredAt);
  const signedOn = todayIsoDate(signedAt);
  const revokeAt = completedAt ? new Date(Math.min(completedAt.getTime() + r.int(3, 10) * DAY_MS, now.getTime() - 3600_000)) : null;
  const id = seedId();
  records.consents.push({
    id,
    client_id: e.clientId,
    categories: [ConsentCategory.REFERRALS, ConsentCategory.DEMOGRAPHICS, ConsentCategory.CONTACT_INFO],
    recipient_kind: ConsentRecipientKind.AGENCY,
    recipient_contact_id: null,
    recipient_agency_id: partner.id,
    recipient_name: partner.name,
    purpose: `Referral for services at ${partner.name}`,
    effective_from: signedOn,
    effective_until: todayIsoDate(new Date(signedAt.getTime() + 365 * DAY_MS)),
    signature_method: 'WRITTEN',
    signed_on: signedOn,
    document_reference: `ROI-${signedOn.slice(0, 4)}-${String(r.int(1, 99999)).padStart(5, '0')}.pdf`,
    revoked_at: revokeAt,
    revoked_reason: revokeAt ? 'Client asked to stop sharing with this recipient' : null,
    revoked_by: revokeAt ? e.senderId : null,
    created_by: e.senderId,
    created_at: signedAt,
  });
  const line = (summary: string, at: Date) =>
    records.care.timeline.push({ client_id: e.clientId, occurred_at: at, kind: TimelineKind.CONSENT, source_type: 'Consent', source_id: id, summary, actor_id: e.senderId });
  line(timelineLine.consentRecorded(ConsentRecipientKind.AGENCY), signedAt);
  if (revokeAt) line(timelineLine.consentRevoked(ConsentRecipientKind.AGENCY), revokeAt);
  return id;
}

/** Every referral row's care records start empty. */
export function emptyReferralRecords(care: CareRecords): ReferralRecords {
  return { referrals: [], steps: [], consents: [], care };
}
