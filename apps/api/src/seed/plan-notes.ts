import { seedId } from './seed-ids';
import { isLateEntry, type NoteType } from '@waymark/shared/types';
import { timelineLine } from '@waymark/api/client';
import { ADDENDA, type NoteContext, noteNarrative } from './demo-narratives';
import { DEMO_PROGRAMS, type ProgramCode } from './demo-programs';
import { atWorkHour, daysBefore } from './plan-history';
import { type PlanContext, type PlannedEnrollment, type ServedClient, workerAt } from './plan-services';
import type { NoteRow } from './seed-rows';

const DAY_MS = 24 * 3600_000;
const HOUR_MS = 3600_000;

/** Scheduled visits in one enrollment's chart at most; long, settled cases are seen less often. */
const MAX_VISITS = 24;

const MINUTES: Record<NoteType, [number, number]> = {
  HOME_VISIT: [30, 90],
  PHONE_CALL: [5, 25],
  OFFICE_VISIT: [30, 60],
  COLLATERAL_CONTACT: [10, 30],
  CRISIS_INTERVENTION: [30, 180],
  TRANSPORT: [60, 180],
  SCHOOL_VOCATIONAL_VISIT: [30, 60],
  OTHER: [10, 30],
};

/** Contacts between scheduled visits, by how common they are in each program. */
function betweenVisits(program: ProgramCode): Record<NoteType, number> {
  const schoolOrWork = program === 'FC' || program === 'SHL' ? 14 : 0;
  return { PHONE_CALL: 35, COLLATERAL_CONTACT: 25, TRANSPORT: 9, SCHOOL_VOCATIONAL_VISIT: schoolOrWork, OTHER: 8, OFFICE_VISIT: 7, HOME_VISIT: 5, CRISIS_INTERVENTION: 0 };
}

export interface NoteSubject extends ServedClient {
  name: string;
  family: string | null;
  interpreter: string | null;
  unhoused: boolean;
}

function onHold(enrollment: PlannedEnrollment, at: Date): boolean {
  return enrollment.holds.some((hold) => hold.from <= at && (!hold.to || hold.to > at));
}

/**
 * The contacts of one enrollment, newest first from its end: the program's scheduled visits
 * with calls, collateral contacts and the odd crisis between them; none while on hold.
 */
function contactsOf(ctx: PlanContext, client: NoteSubject, enrollment: PlannedEnrollment): { type: NoteType; at: Date }[] {
  const { r } = ctx;
  const schedule = DEMO_PROGRAMS[enrollment.program].rules.visitSchedule;
  const span = (enrollment.servedUntil.getTime() - enrollment.servedFrom.getTime()) / DAY_MS;
  const density = ctx.noteDensity;
  const most = Math.round((enrollment.primary ? MAX_VISITS : 6) * density);
  const every = Math.max(1, Math.round(Math.max(enrollment.primary ? schedule.everyDays : 45, Math.floor(span / (MAX_VISITS * density))) / density));
  const contacts: { type: NoteType; at: Date }[] = [];
  const earliest = enrollment.servedFrom.getTime() + DAY_MS;
  // The last contact came a little before the enrollment ended, or yesterday at the latest.
  let at = Math.min(enrollment.servedUntil.getTime(), daysBefore(ctx.now, 1).getTime()) - r.int(0, Math.floor(every * 0.6)) * DAY_MS;
  let visits = 0;
  while (at >= earliest && visits < most) {
    const day = new Date(at);
    if (!onHold(enrollment, day)) {
      const scheduled: NoteType = enrollment.primary ? schedule.kind : r.pick(['COLLATERAL_CONTACT', 'PHONE_CALL'] as const);
      contacts.push({ type: scheduled, at: day });
      visits++;
      const gap = every + r.int(-Math.floor(every / 4), Math.floor(every / 4));
      if (enrollment.primary && r.chance(0.5)) {
        const crisis = client.riskLevel === 'HIGH' && r.chance(0.12);
        const between = crisis ? 'CRISIS_INTERVENTION' : r.weighted(betweenVisits(enrollment.program));
        const betweenAt = at - r.int(2, Math.max(3, gap - 2)) * DAY_MS;
        if (betweenAt >= earliest) contacts.push({ type: between, at: new Date(betweenAt) });
      }
      at -= gap * DAY_MS;
    } else {
      at -= 7 * DAY_MS;
    }
  }
  return contacts;
}

function place(ctx: PlanContext, client: NoteSubject, type: NoteType): string {
  const { area, r } = ctx;
  switch (type) {
    case 'HOME_VISIT':
      return client.unhoused ? r.pick(['Emergency shelter', 'Motel room (temporary housing)', 'Met at the public library']) : client.program === 'FC' ? 'Resource family home' : "Client's home";
    case 'PHONE_CALL':
    case 'COLLATERAL_CONTACT':
      return 'Telephone';
    case 'OFFICE_VISIT':
    case 'OTHER':
      return area.office;
    case 'CRISIS_INTERVENTION':
      return r.pick(["Client's home", 'Telephone', area.hospital]);
    case 'TRANSPORT':
      return 'Agency vehicle';
    case 'SCHOOL_VOCATIONAL_VISIT':
      return client.program === 'FC' ? r.pick(area.schools) : r.pick(area.employers);
  }
}

function participants(r: PlanContext['r'], client: NoteSubject, type: NoteType): string {
  const people = type === 'COLLATERAL_CONTACT' || type === 'OTHER' ? [] : ['Client'];
  if (client.family && (type === 'HOME_VISIT' || type === 'CRISIS_INTERVENTION') && r.chance(0.4)) people.push(client.family);
  if (type === 'COLLATERAL_CONTACT') people.push(client.family && r.chance(0.4) ? client.family : 'Provider care coordinator');
  if (type === 'SCHOOL_VOCATIONAL_VISIT') people.push(client.program === 'FC' ? 'Teacher; school counselor' : 'Job coach; supervisor');
  if (client.interpreter && people.includes('Client')) people.push(`${client.interpreter} interpreter`);
  return people.join('; ') || 'Case manager only';
}

/**
 * The notes of a client's enrollments: mostly signed soon after the contact, some signed late
 * (past the agency's late-entry days), recent ones sometimes still drafts, and a few signed
 * notes corrected by an addendum. Signed notes go on the timeline.
 */
export function planNotes(ctx: PlanContext, client: NoteSubject, enrollments: PlannedEnrollment[]): void {
  const { r, now, area, records } = ctx;
  for (const enrollment of enrollments) {
    if (enrollment.row.status === 'PENDING') continue;
    for (const { type, at } of contactsOf(ctx, client, enrollment)) {
      const occurredAt = atWorkHour(r, at, now);
      const minutes = Math.round(r.int(...MINUTES[type]) / 5) * 5;
      const context: NoteContext = {
        name: client.name,
        program: enrollment.program,
        family: client.family,
        interpreter: client.interpreter,
        clinic: r.pick(area.clinics),
        school: r.pick(area.schools),
        employer: r.pick(area.employers),
        office: area.office,
        hospital: area.hospital,
      };
      const recent = now.getTime() - occurredAt.getTime() < 10 * DAY_MS;
      const draft = recent ? r.chance(0.3) : r.chance(0.004);
      const lateGap = (ctx.lateEntryDays + r.int(1, 14)) * DAY_MS + r.int(1, 8) * HOUR_MS;
      const late = !draft && occurredAt.getTime() + lateGap < now.getTime() && r.chance(0.06);
      const signedAt = draft ? null : new Date(Math.min(now.getTime() - 60_000, occurredAt.getTime() + (late ? lateGap : minutes * 60_000 + r.int(10, 26 * 60) * 60_000)));
      const createdAt = signedAt
        ? new Date(Math.max(occurredAt.getTime() + minutes * 60_000, signedAt.getTime() - r.int(5, 40) * 60_000))
        : new Date(Math.min(now.getTime() - 60_000, occurredAt.getTime() + r.int(1, 6) * HOUR_MS));
      const note: NoteRow = {
        id: seedId(),
        client_id: client.id,
        enrollment_id: enrollment.row.id,
        author_id: workerAt(enrollment, occurredAt),
        note_type: type,
        occurred_at: occurredAt,
        duration_minutes: minutes,
        place: place(ctx, client, type),
        participants: participants(r, client, type),
        narrative: noteNarrative(r, type, context),
        status: draft ? 'DRAFT' : 'SIGNED',
        signed_at: signedAt,
        late_entry: signedAt ? isLateEntry(occurredAt, signedAt, ctx.lateEntryDays) : false,
        created_at: new Date(Math.min(createdAt.getTime(), signedAt?.getTime() ?? Infinity)),
        updated_at: signedAt ?? createdAt,
        version: draft ? 1 : 2,
      };
      records.notes.push(note);
      if (!signedAt) continue;
      records.timeline.push({
        client_id: client.id,
        occurred_at: occurredAt,
        kind: 'NOTE',
        source_type: 'CaseNote',
        source_id: note.id,
        summary: timelineLine.note(type, note.late_entry),
        actor_id: note.author_id,
      });
      const addendumAt = signedAt.getTime() + r.int(1, 10) * DAY_MS;
      if (addendumAt < now.getTime() && r.chance(0.025)) {
        records.addenda.push({ note_id: note.id, author_id: note.author_id, text: r.pick(ADDENDA), created_at: new Date(addendumAt) });
      }
    }
  }
}
