import { canChangeClientStatus, ClientStatus } from '@waymark/shared/types';
import type { Random } from './random';

const DAY_MS = 24 * 3600_000;

/** Who moves a client to a status: intake staff take them in, the case manager serves, a supervisor closes. */
export type StatusActor = 'intake' | 'caseManager' | 'supervisor';

export interface StatusEvent {
  status: ClientStatus;
  at: Date;
  reason: string | null;
  by: StatusActor;
}

/** One stretch of services, from intake to discharge or closure (or still going). */
export interface Episode {
  startedAt: Date;
  activeAt: Date | null;
  holds: { from: Date; to: Date | null }[];
  /** When services ended (discharge, or closure straight from intake); null while they go on. */
  endedAt: Date | null;
  endReason: string | null;
}

export interface ClientHistory {
  events: StatusEvent[];
  episodes: Episode[];
}

/** How today's clients spread over the lifecycle. */
const FINAL_STATUS: Record<ClientStatus, number> = { INQUIRY: 6, INTAKE: 9, ACTIVE: 50, ON_HOLD: 7, DISCHARGED: 10, CLOSED: 18 };

/** Days a client typically spends before each move, as [min, max]. */
const GAP_DAYS: Record<string, [number, number]> = {
  'INQUIRY>INTAKE': [2, 14],
  'INQUIRY>CLOSED': [7, 30],
  'INTAKE>ACTIVE': [5, 30],
  'INTAKE>CLOSED': [10, 45],
  'ACTIVE>ON_HOLD': [45, 300],
  'ON_HOLD>ACTIVE': [14, 75],
  'ACTIVE>DISCHARGED': [90, 720],
  'ON_HOLD>DISCHARGED': [30, 90],
  'DISCHARGED>CLOSED': [14, 45],
  'DISCHARGED>INTAKE': [30, 120],
  'CLOSED>INTAKE': [60, 400],
};

/** Days since the last move, by today's status. */
const TAIL_DAYS: Record<ClientStatus, [number, number]> = {
  INQUIRY: [0, 21],
  INTAKE: [0, 25],
  ACTIVE: [0, 540],
  ON_HOLD: [0, 45],
  DISCHARGED: [0, 20],
  CLOSED: [0, 700],
};

const REASONS: Record<string, readonly string[]> = {
  'INQUIRY>INTAKE': ['Intake appointment scheduled', 'Inquiry followed up; intake started'],
  'INQUIRY>CLOSED': ['Unable to reach after three attempts', 'Referred to another provider', 'Not interested in services'],
  'INTAKE>ACTIVE': ['Eligibility confirmed; services started'],
  'INTAKE>CLOSED': ['Did not meet eligibility', 'Declined services after intake', 'Unable to reach'],
  'ACTIVE>ON_HOLD': ['Hospitalized', 'Staying with family out of county for a few weeks', 'Client asked to pause services', 'In residential treatment'],
  'ON_HOLD>ACTIVE': ['Back home; services resumed', 'Client ready to resume services'],
  'ACTIVE>DISCHARGED': ['Goals met', 'Moved out of the service area', 'Client declined further services', 'Transferred to another provider', 'No contact for 90 days'],
  'ON_HOLD>DISCHARGED': ['Did not return to services', 'Moved out of the service area'],
  'DISCHARGED>CLOSED': ['Post-discharge follow-up completed', 'Follow-up call made; client doing well'],
  'DISCHARGED>INTAKE': ['Re-referred; returning to services'],
  'CLOSED>INTAKE': ['Re-referred; returning to services', 'Client asked to come back'],
};

/** The statuses a client passed through to reach `final`, oldest first. */
function pathTo(r: Random, final: ClientStatus): ClientStatus[] {
  const start: ClientStatus[] = r.chance(0.6) ? ['INQUIRY', 'INTAKE'] : ['INTAKE'];
  const served: ClientStatus[] = [...start, 'ACTIVE', ...(r.chance(0.15) ? (['ON_HOLD', 'ACTIVE'] as const) : [])];
  switch (final) {
    case 'INQUIRY':
      return ['INQUIRY'];
    case 'INTAKE':
      return start;
    case 'ACTIVE':
      // Some come back: an earlier episode ended in discharge and closure.
      return r.chance(0.08) ? [...start, 'ACTIVE', 'DISCHARGED', 'CLOSED', 'INTAKE', 'ACTIVE'] : served;
    case 'ON_HOLD':
      return [...start, 'ACTIVE', 'ON_HOLD'];
    case 'DISCHARGED':
      return [...served, 'DISCHARGED'];
    case 'CLOSED': {
      const roll = r.next();
      if (roll < 0.12) return ['INQUIRY', 'CLOSED'];
      if (roll < 0.27) return [...start, 'CLOSED'];
      return [...served, 'DISCHARGED', 'CLOSED'];
    }
  }
}

/** A moment on the given day within office hours in California (16:00–24:00 UTC). */
export function atWorkHour(r: Random, day: Date, now: Date): Date {
  const at = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 16, r.int(0, 8 * 60 - 1)));
  return at > now ? new Date(now.getTime() - r.int(1, 90) * 60_000) : at;
}

export function daysBefore(at: Date, days: number): Date {
  return new Date(at.getTime() - days * DAY_MS);
}

export function daysAfter(at: Date, days: number): Date {
  return new Date(at.getTime() + days * DAY_MS);
}

function actorFor(to: ClientStatus, from: ClientStatus | null): StatusActor {
  if (to === 'INQUIRY' || to === 'INTAKE') return 'intake';
  if (to === 'CLOSED') return from === 'DISCHARGED' ? 'caseManager' : 'supervisor';
  return 'caseManager';
}

/** A client's status history ending today in a status drawn from the usual spread. */
export function planHistory(r: Random, now: Date): ClientHistory {
  const path = pathTo(r, r.weighted(FINAL_STATUS));
  const times: Date[] = [];
  let at = daysBefore(now, r.int(...TAIL_DAYS[path[path.length - 1]]));
  for (let i = path.length - 1; i >= 0; i--) {
    times[i] = atWorkHour(r, at, now);
    if (i > 0) at = daysBefore(at, r.int(...GAP_DAYS[`${path[i - 1]}>${path[i]}`]));
  }
  const events = path.map((status, i): StatusEvent => {
    const from = i ? path[i - 1] : null;
    if (from && !canChangeClientStatus(from, status)) throw new Error(`seed: ${from} → ${status} is not an allowed status change`);
    return { status, at: times[i], reason: from ? r.pick(REASONS[`${from}>${status}`]) : null, by: actorFor(status, from) };
  });
  return { events, episodes: episodesOf(events) };
}

function episodesOf(events: StatusEvent[]): Episode[] {
  const episodes: Episode[] = [];
  let current: Episode | null = null;
  for (const [i, event] of events.entries()) {
    const from = i ? events[i - 1].status : null;
    if (!current || (event.status === 'INTAKE' && (from === 'DISCHARGED' || from === 'CLOSED'))) {
      current = { startedAt: event.at, activeAt: null, holds: [], endedAt: null, endReason: null };
      episodes.push(current);
    }
    if (event.status === 'ACTIVE' && !current.activeAt) current.activeAt = event.at;
    if (event.status === 'ON_HOLD') current.holds.push({ from: event.at, to: null });
    if (event.status === 'ACTIVE' && from === 'ON_HOLD') current.holds[current.holds.length - 1].to = event.at;
    if (event.status === 'DISCHARGED' || (event.status === 'CLOSED' && from !== 'DISCHARGED')) {
      const open = current.holds.find((hold) => !hold.to);
      if (open) open.to = event.at;
      current.endedAt = event.at;
      current.endReason = event.reason;
    }
  }
  return episodes;
}
