import { seedId } from './seed-ids';
import type { IncidentSeverity, IncidentType, NotificationMethod, NotifiedParty } from '@waymark/shared/types';
import { timelineLine } from '@waymark/api/client';
import { INCIDENT_TEXT, type NoteContext } from './demo-narratives';
import type { ProgramCode } from './demo-programs';
import { atWorkHour } from './plan-history';
import type { NoteSubject } from './plan-notes';
import { type PlanContext, type PlannedEnrollment, workerAt } from './plan-services';
import type { ContactRow, IncidentRow } from './seed-rows';

const DAY_MS = 24 * 3600_000;

const TYPES: Record<ProgramCode, Partial<Record<IncidentType, number>>> = {
  HCBS: { FALL: 5, MEDICATION_ERROR: 3, HOSPITALIZATION: 3, ABUSE_NEGLECT_EXPLOITATION_ALLEGATION: 1 },
  FC: { MISSING_PERSON: 4, BEHAVIORAL: 3, INJURY: 2, ABUSE_NEGLECT_EXPLOITATION_ALLEGATION: 1 },
  SHL: { BEHAVIORAL: 3, FALL: 2, MEDICATION_ERROR: 2, MISSING_PERSON: 1, INJURY: 2, ABUSE_NEGLECT_EXPLOITATION_ALLEGATION: 1 },
  BH: { BEHAVIORAL: 3, HOSPITALIZATION: 4, POLICE_INVOLVEMENT: 2 },
  DCM: { OTHER: 3, INJURY: 1, HOSPITALIZATION: 1 },
};

const LIKELIHOOD = { LOW: 0.02, MODERATE: 0.08, HIGH: 0.3 } as const;

/** Critical incidents, more often for higher-risk clients; most are reviewed by now, recent ones wait. */
export function planIncidents(
  ctx: PlanContext,
  client: NoteSubject & { city: string },
  enrollments: PlannedEnrollment[],
  network: { decisionMaker: ContactRow | null; physician: ContactRow | null },
): void {
  const { r, now, staff, area, records } = ctx;
  const served = enrollments.filter((e) => e.primary && e.row.status !== 'PENDING' && e.servedUntil.getTime() - e.servedFrom.getTime() > 10 * DAY_MS);
  if (!served.length || !r.chance(LIKELIHOOD[client.riskLevel as keyof typeof LIKELIHOOD])) return;
  const count = client.riskLevel === 'HIGH' && r.chance(0.3) ? 2 : 1;
  for (let i = 0; i < count; i++) {
    const enrollment = r.pick(served);
    const span = Math.min(enrollment.servedUntil.getTime(), now.getTime() - DAY_MS) - enrollment.servedFrom.getTime();
    if (span <= 0) continue;
    // Some happened lately, so a supervisor has reports waiting for review.
    const lately = enrollment.row.closed_on === null && span > 30 * DAY_MS && r.chance(0.25);
    const offset = lately ? span - r.next() * 30 * DAY_MS : r.next() * span;
    const occurredAt = atWorkHour(r, new Date(enrollment.servedFrom.getTime() + offset), now);
    const type = r.weighted(TYPES[enrollment.program] as Record<IncidentType, number>);
    const severity: IncidentSeverity = type === 'ABUSE_NEGLECT_EXPLOITATION_ALLEGATION' ? 'HIGH' : r.weighted({ LOW: 25, MODERATE: 45, HIGH: 25, CRITICAL: 5 });
    const reporter = workerAt(enrollment, occurredAt);
    const reportedAt = new Date(Math.min(now.getTime() - 60_000, occurredAt.getTime() + r.int(1, 6) * 3600_000));
    const notice = (party: NotifiedParty, name: string | null, method: NotificationMethod, afterMinutes: number) => {
      const at = new Date(Math.min(reportedAt.getTime(), occurredAt.getTime() + afterMinutes * 60_000));
      return { party, name, notifiedAt: at.toISOString(), method, recordedBy: reporter, recordedAt: reportedAt.toISOString() };
    };
    const notifications = [notice('SUPERVISOR', staff.supervisor.name, 'PHONE', r.int(10, 60))];
    if (network.decisionMaker) notifications.push(notice('GUARDIAN', network.decisionMaker.name, 'PHONE', r.int(20, 120)));
    if (type === 'ABUSE_NEGLECT_EXPLOITATION_ALLEGATION') {
      notifications.push(notice('STATE_HOTLINE', client.age < 18 ? 'Child Abuse Hotline' : 'Adult Protective Services', 'ONLINE_REPORT', r.int(60, 240)));
    }
    if (type === 'MISSING_PERSON' || type === 'POLICE_INVOLVEMENT') notifications.push(notice('LAW_ENFORCEMENT', `${client.city} Police Department`, 'PHONE', r.int(30, 150)));
    if ((type === 'MEDICATION_ERROR' || type === 'FALL') && network.physician) notifications.push(notice('PHYSICIAN', network.physician.name, 'PHONE', r.int(30, 180)));
    const context: NoteContext = { name: client.name, program: enrollment.program, family: client.family, interpreter: client.interpreter, clinic: r.pick(area.clinics), school: r.pick(area.schools), employer: r.pick(area.employers), office: area.office, hospital: area.hospital };
    const text = INCIDENT_TEXT[type] ?? INCIDENT_TEXT.OTHER;
    const reviewedAt = new Date(occurredAt.getTime() + r.int(1, 4) * DAY_MS + r.int(1, 8) * 3600_000);
    const reviewed = reviewedAt < now && r.chance(0.85);
    const incident: IncidentRow = {
      id: seedId(),
      client_id: client.id,
      incident_type: type,
      severity,
      occurred_at: occurredAt,
      location: r.pick(["Client's home", area.hospital, 'Community', area.office]),
      description: text.description(context),
      actions_taken: text.actions(context),
      notifications,
      follow_up_due: new Date(occurredAt.getTime() + r.int(7, 30) * DAY_MS).toISOString().slice(0, 10),
      status: reviewed ? 'REVIEWED' : 'REPORTED',
      reported_by: reporter,
      reviewed_by: reviewed ? staff.supervisor.id : null,
      reviewed_at: reviewed ? reviewedAt : null,
      review_note: reviewed ? text.review : null,
      created_at: reportedAt,
    };
    records.incidents.push(incident);
    records.timeline.push({ client_id: client.id, occurred_at: occurredAt, kind: 'INCIDENT', source_type: 'Incident', source_id: incident.id, summary: timelineLine.incidentReported(type, severity), actor_id: reporter });
    if (reviewed) {
      records.timeline.push({ client_id: client.id, occurred_at: reviewedAt, kind: 'INCIDENT', source_type: 'Incident', source_id: incident.id, summary: timelineLine.incidentReviewed(type), actor_id: staff.supervisor.id });
    }
  }
}
