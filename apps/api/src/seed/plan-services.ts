import { seedId } from './seed-ids';
import type { ClientStatus, EnrollmentStatus, RiskLevel } from '@waymark/shared/types';
import { timelineLine } from '@waymark/api/client';
import type { DemoArea } from './demo-areas';
import { DEMO_PROGRAMS, type ProgramCode } from './demo-programs';
import { atWorkHour, daysBefore, type Episode } from './plan-history';
import type { Random } from './random';
import type { AgencyRecords, AssignmentRow, EnrollmentRow, ProgramRow } from './seed-rows';

export interface StaffMember {
  id: string;
  name: string;
}

/** The agency's people as the seed casts them. */
export interface SeedStaff {
  /** Who takes clients in (intake staff, or the case managers where there are none). */
  intake: StaffMember[];
  caseManagers: StaffMember[];
  /** Who assigns cases, reviews incidents and closes inquiries. */
  supervisor: StaffMember;
  /** Whether the supervisor may sit on a case team (only caseload roles may). */
  supervisorOnTeams: boolean;
}

/** What planning one agency's records needs, and where the rows go. */
export interface PlanContext {
  r: Random;
  now: Date;
  area: DemoArea;
  staff: SeedStaff;
  programs: Map<ProgramCode, ProgramRow>;
  lateEntryDays: number;
  /** Another demo agency clients may consent to share with, if it exists already. */
  otherAgency: { id: string; name: string } | null;
  records: AgencyRecords;
  /** Open enrollments led by each case manager, so new cases go where there is room. */
  load: Map<string, number>;
  /** More (above 1) or fewer contacts than the programs' schedules alone give: how `db:seed --notes` is met. */
  noteDensity: number;
}

/** An enrollment with what notes and incidents need to know of it. */
export interface PlannedEnrollment {
  row: EnrollmentRow;
  program: ProgramCode;
  primary: boolean;
  assignments: AssignmentRow[];
  /** When services ran: from opening to closing (or today), less the holds. */
  servedFrom: Date;
  servedUntil: Date;
  holds: Episode['holds'];
}

export interface ServedClient {
  id: string;
  status: ClientStatus;
  age: number;
  program: ProgramCode;
  riskLevel: RiskLevel;
}

const DAY_MS = 24 * 3600_000;

/** A second program some clients of each program also need, if the agency runs it and the age fits. */
const SECOND_PROGRAM: Record<ProgramCode, ProgramCode> = { FC: 'BH', HCBS: 'BH', SHL: 'BH', BH: 'DCM', DCM: 'BH' };

const REASSIGN_REASONS = ['Caseload rebalancing', 'Previous case manager went on leave', 'Client asked for a different case manager'];

function calendarDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}

function ageFits(code: ProgramCode, age: number): boolean {
  const { minAge, maxAge } = DEMO_PROGRAMS[code].rules.eligibility;
  return (minAge === null || age >= minAge) && (maxAge === null || age <= maxAge);
}

/** The least busy case manager, give or take, so caseloads come out near even. */
function leastBusy(ctx: PlanContext, except?: string): StaffMember {
  const candidates = ctx.staff.caseManagers.filter((worker) => worker.id !== except);
  const pool = candidates.length ? candidates : ctx.staff.caseManagers;
  return pool.reduce((best, worker) => {
    const score = (ctx.load.get(worker.id) ?? 0) + ctx.r.next() * 2;
    return score < best.score ? { worker, score } : best;
  }, { worker: pool[0], score: Infinity }).worker;
}

/**
 * The enrollments of every episode of a client's services: the program they came for (and
 * sometimes a second), a primary case manager (sometimes reassigned), a team, and the
 * timeline lines a supervisor's work leaves.
 */
export function planEnrollments(ctx: PlanContext, client: ServedClient, episodes: Episode[]): PlannedEnrollment[] {
  const planned: PlannedEnrollment[] = [];
  for (const [i, episode] of episodes.entries()) {
    const ongoing = !episode.endedAt;
    const activeAt = episode.activeAt;
    // Without services, only some intakes got as far as a pending enrollment.
    const pending = !activeAt;
    if (pending && !ctx.r.chance(ongoing ? 0.6 : 0.4)) continue;
    const start = activeAt ?? new Date(Math.min(episode.startedAt.getTime() + ctx.r.int(1, 5) * DAY_MS, (episode.endedAt ?? ctx.now).getTime() - 3600_000));
    const end = episode.endedAt;
    const status: EnrollmentStatus = end ? 'CLOSED' : pending ? 'PENDING' : client.status === 'ON_HOLD' ? 'ON_HOLD' : 'ACTIVE';
    const first = addEnrollment(ctx, client, {
      program: client.program,
      primary: true,
      start,
      end,
      status,
      openReason: i > 0 ? 'Returning to services' : pending ? 'Referred; awaiting eligibility documents' : 'Eligible at intake screening',
      closeReason: end ? (episode.endReason ?? 'Services ended') : null,
      holds: episode.holds,
    });
    planned.push(first);
    const second = SECOND_PROGRAM[client.program];
    if (!pending && ctx.programs.has(second) && ageFits(second, client.age) && ctx.r.chance(0.18)) {
      const secondStart = new Date(start.getTime() + ctx.r.int(7, 90) * DAY_MS);
      if (secondStart < (end ?? daysBefore(ctx.now, 2))) {
        const room = daysBefore(ctx.now, 1).getTime() - secondStart.getTime() - 14 * DAY_MS;
        const secondEnd = end ?? (room > 0 && ctx.r.chance(0.3) ? new Date(secondStart.getTime() + 14 * DAY_MS + ctx.r.next() * room) : null);
        planned.push(
          addEnrollment(ctx, client, {
            program: second,
            primary: false,
            start: secondStart,
            end: secondEnd,
            status: secondEnd ? 'CLOSED' : status,
            openReason: 'Additional need identified by the case manager',
            closeReason: secondEnd ? (end ? (episode.endReason ?? 'Services ended') : 'Goals met') : null,
            holds: episode.holds,
            sameWorkerAs: first.assignments[first.assignments.length - 1].case_manager_id,
          }),
        );
      }
    }
  }
  return planned;
}

interface EnrollmentSpec {
  program: ProgramCode;
  primary: boolean;
  start: Date;
  end: Date | null;
  status: EnrollmentStatus;
  openReason: string;
  closeReason: string | null;
  holds: Episode['holds'];
  sameWorkerAs?: string;
}

function addEnrollment(ctx: PlanContext, client: ServedClient, spec: EnrollmentSpec): PlannedEnrollment {
  const { r, records, staff } = ctx;
  const program = ctx.programs.get(spec.program);
  if (!program) throw new Error(`seed: program ${spec.program} is not planned for this agency`);
  const id = seedId();
  const open = !spec.end;
  const assignments: AssignmentRow[] = [];
  const sameWorker = spec.sameWorkerAs && r.chance(0.8) ? staff.caseManagers.find((worker) => worker.id === spec.sameWorkerAs) : undefined;
  const current = sameWorker ?? (open ? leastBusy(ctx) : r.pick(staff.caseManagers));
  if (open && !sameWorker) ctx.load.set(current.id, (ctx.load.get(current.id) ?? 0) + 1);
  const until = spec.end ?? ctx.now;
  const firstStart = new Date(Math.min(spec.start.getTime() + r.int(5, 90) * 60_000, (spec.end ?? ctx.now).getTime() - 60_000));
  const long = until.getTime() - spec.start.getTime() > 150 * DAY_MS;
  const workers: { worker: StaffMember; from: Date; reason: string }[] = [];
  if (long && staff.caseManagers.length > 1 && r.chance(0.15)) {
    const switchAt = atWorkHour(r, new Date(spec.start.getTime() + r.int(60, Math.floor((until.getTime() - spec.start.getTime()) / DAY_MS) - 30) * DAY_MS), ctx.now);
    workers.push({ worker: leastBusy(ctx, current.id), from: firstStart, reason: spec.openReason });
    workers.push({ worker: current, from: switchAt, reason: r.pick(REASSIGN_REASONS) });
  } else {
    workers.push({ worker: current, from: firstStart, reason: spec.openReason });
  }
  for (const [i, { worker, from, reason }] of workers.entries()) {
    const next = workers[i + 1]?.from ?? spec.end;
    assignments.push({ id: seedId(), enrollment_id: id, case_manager_id: worker.id, assigned_by: staff.supervisor.id, reason, started_at: from, ended_at: next });
    records.timeline.push({
      client_id: client.id,
      occurred_at: from,
      kind: 'ASSIGNMENT',
      source_type: 'Enrollment',
      source_id: id,
      summary: timelineLine.assigned(program.name, worker.name),
      actor_id: staff.supervisor.id,
    });
  }
  const row: EnrollmentRow = {
    id,
    client_id: client.id,
    program_id: program.id,
    status: spec.status,
    opened_on: calendarDate(spec.start),
    open_reason: spec.openReason,
    closed_on: spec.end ? calendarDate(spec.end) : null,
    close_reason: spec.closeReason,
    primary_case_manager_id: current.id,
    created_at: spec.start,
  };
  records.enrollments.push(row);
  records.assignments.push(...assignments);
  records.timeline.push({
    client_id: client.id,
    occurred_at: spec.start,
    kind: 'ENROLLMENT',
    source_type: 'Enrollment',
    source_id: id,
    summary: timelineLine.enrolled(program.name, row.opened_on),
    actor_id: staff.supervisor.id,
  });
  const lastHold = spec.holds[spec.holds.length - 1];
  if (spec.status === 'ON_HOLD' && lastHold) {
    records.timeline.push({ client_id: client.id, occurred_at: lastHold.from, kind: 'ENROLLMENT', source_type: 'Enrollment', source_id: id, summary: timelineLine.enrollmentStatus(program.name, 'ACTIVE', 'ON_HOLD'), actor_id: current.id });
  }
  if (spec.end) {
    records.timeline.push({ client_id: client.id, occurred_at: spec.end, kind: 'ENROLLMENT', source_type: 'Enrollment', source_id: id, summary: timelineLine.enrollmentClosed(program.name, calendarDate(spec.end)), actor_id: current.id });
  }
  if (open) addTeam(ctx, client, row, program.name, current.id);
  return { row, program: spec.program, primary: spec.primary, assignments, servedFrom: spec.start, servedUntil: spec.end ?? ctx.now, holds: spec.holds };
}

/** Some open cases have a backup case manager; high-risk ones often have the supervisor on the team. */
function addTeam(ctx: PlanContext, client: ServedClient, enrollment: EnrollmentRow, programName: string, primaryId: string): void {
  const { r, staff } = ctx;
  const members: { user: StaffMember; role: string }[] = [];
  if (staff.caseManagers.length > 1 && r.chance(0.15)) {
    members.push({ user: r.pick(staff.caseManagers.filter((worker) => worker.id !== primaryId)), role: 'BACKUP_CASE_MANAGER' });
  }
  if (staff.supervisorOnTeams && client.riskLevel === 'HIGH' && r.chance(0.4)) members.push({ user: staff.supervisor, role: 'SUPERVISOR' });
  for (const { user, role } of members) {
    const addedAt = new Date(Math.min(ctx.now.getTime() - 3600_000, enrollment.created_at.getTime() + r.int(1, 20) * DAY_MS));
    ctx.records.teamMembers.push({ enrollment_id: enrollment.id, user_id: user.id, team_role: role, added_at: addedAt });
    ctx.records.timeline.push({
      client_id: client.id,
      occurred_at: addedAt,
      kind: 'ASSIGNMENT',
      source_type: 'Enrollment',
      source_id: enrollment.id,
      summary: timelineLine.joinedTeam(programName, user.name),
      actor_id: staff.supervisor.id,
    });
  }
}

/** The case manager on the enrollment at a moment. */
export function workerAt(enrollment: PlannedEnrollment, at: Date): string {
  const { assignments } = enrollment;
  const match = assignments.find((a) => a.started_at <= at && (!a.ended_at || a.ended_at > at));
  return (match ?? (at < assignments[0].started_at ? assignments[0] : assignments[assignments.length - 1])).case_manager_id;
}
