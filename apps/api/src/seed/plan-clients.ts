import { seedId } from './seed-ids';
import type { ClientStatus } from '@waymark/shared/types';
import { formatClientNumber, timelineLine } from '@waymark/api/client';
import type { DemoArea } from './demo-areas';
import type { ProgramCode } from './demo-programs';
import { type ClientHistory, planHistory } from './plan-history';
import { planConsents } from './plan-consents';
import { planIncidents } from './plan-incidents';
import { type NoteSubject, planNotes } from './plan-notes';
import { type Person, planNetwork, planPerson } from './plan-person';
import { type PlanContext, planEnrollments, type StaffMember, workerAt } from './plan-services';
import type { Random } from './random';
import type { AgencyRecords } from './seed-rows';

/** How an agency's clients divide over the programs it runs. */
const PROGRAM_SHARE: Record<ProgramCode, number> = { HCBS: 25, FC: 15, SHL: 15, BH: 30, DCM: 15 };

/** A client decided in the first pass: who, which program, what happened when, and their number. */
export interface PlannedClient {
  id: string;
  number: string;
  program: ProgramCode;
  person: ReturnType<typeof planPerson>;
  history: ClientHistory;
  intakeWorker: StaffMember;
}

/**
 * First pass over all of an agency's clients: people and histories only, cheap enough to hold
 * for any size, so client numbers can follow the order in which people first came in.
 */
export function planPeople(r: Random, area: DemoArea, programs: ProgramCode[], intake: StaffMember[], count: number, now: Date): PlannedClient[] {
  const shares = Object.fromEntries(programs.map((code) => [code, PROGRAM_SHARE[code]])) as Record<ProgramCode, number>;
  const people = Array.from({ length: count }, (): PlannedClient => {
    const program = r.weighted(shares);
    return { id: seedId(), number: '', program, person: planPerson(r, area, program, now), history: planHistory(r, now), intakeWorker: r.pick(intake) };
  });
  [...people]
    .sort((a, b) => a.history.events[0].at.getTime() - b.history.events[0].at.getTime())
    .forEach((client, i) => (client.number = formatClientNumber(i + 1)));
  return people;
}

function nameFor(person: Person): string {
  return person.preferred ?? person.first;
}

/** Second pass, one client at a time: the record, its history, network, services, notes, incidents and consents. */
export function planClientRecords(ctx: PlanContext, client: PlannedClient): void {
  const { r, now, area, staff } = ctx;
  const { person, history } = client;
  const into = ctx.records;
  const status: ClientStatus = history.events[history.events.length - 1].status;
  const createdAt = history.events[0].at;
  const network = planNetwork(r, area, { id: client.id, heritage: person.heritage, last: person.last, age: person.age, language: person.language, program: client.program, since: createdAt }, now);
  // At inquiry, little more than a name and a way to reach them is known.
  const contacts = status === 'INQUIRY' ? network.contacts.slice(0, 1) : network.contacts;
  const enrollments = planEnrollments(ctx, { id: client.id, status, age: person.age, program: client.program, riskLevel: person.riskLevel }, history.episodes);

  // Whoever led the client's latest primary enrollment opened by then (the one just closed, for a closure).
  const primaryAt = (at: Date) => {
    const started = enrollments.filter((e) => e.primary && e.servedFrom.getTime() <= at.getTime() + 3600_000);
    const serving = started[started.length - 1];
    return serving ? workerAt(serving, at) : staff.supervisor.id;
  };
  const actorOf = { intake: () => client.intakeWorker.id, caseManager: primaryAt, supervisor: () => staff.supervisor.id };
  history.events.forEach((event, i) => {
    const id = seedId();
    const from = i ? history.events[i - 1].status : null;
    const changedBy = actorOf[event.by](event.at);
    into.statusChanges.push({ id, client_id: client.id, from_status: from, to_status: event.status, reason: event.reason, changed_by: changedBy, changed_at: event.at });
    into.timeline.push(
      from
        ? { client_id: client.id, occurred_at: event.at, kind: 'STATUS_CHANGE', source_type: 'ClientStatusChange', source_id: id, summary: timelineLine.statusChange(from, event.status), actor_id: changedBy }
        : { client_id: client.id, occurred_at: event.at, kind: 'INTAKE', source_type: 'Client', source_id: client.id, summary: timelineLine.intake(event.status, client.number), actor_id: changedBy },
    );
  });

  const subject: NoteSubject = {
    id: client.id,
    status,
    age: person.age,
    program: client.program,
    riskLevel: person.riskLevel,
    name: nameFor(person),
    family: network.family,
    interpreter: person.interpreterNeeded ? person.language : null,
    unhoused: !person.address?.line1,
  };
  planNotes(ctx, subject, enrollments);
  planIncidents(ctx, { ...subject, city: person.address?.city ?? area.cities[0].name }, enrollments, {
    decisionMaker: network.decisionMaker,
    physician: contacts.find((c) => c.relationship === 'Primary care physician') ?? null,
  });
  if (status !== 'INQUIRY') planConsents(ctx, { id: client.id, program: client.program, since: createdAt }, enrollments, contacts);
  into.contacts.push(...contacts);

  // An inquiry may come in with no address or pronouns asked yet.
  const early = status === 'INQUIRY' && r.chance(0.5);
  const address = early ? null : person.address;
  into.clients.push({
    id: client.id,
    client_number: client.number,
    status,
    legal_first_name: person.first,
    legal_last_name: person.last,
    preferred_name: person.preferred,
    date_of_birth: person.dateOfBirth,
    pronouns: early ? null : person.pronouns,
    gender: early ? null : person.gender,
    primary_language: person.language,
    interpreter_needed: person.interpreterNeeded,
    phone: person.phone,
    email: person.email,
    address_line1: address?.line1 ?? null,
    address_line2: address?.line2 ?? null,
    city: address?.city ?? null,
    region: address ? area.region : null,
    postal_code: address?.line1 ? address.postalCode : null,
    latitude: address?.line1 ? address.latitude : null,
    longitude: address?.line1 ? address.longitude : null,
    risk_level: person.riskLevel,
    flags: person.flags,
    referral_source: person.referralSource,
    referral_reason: person.referralReason,
    presenting_needs: person.presentingNeeds,
    created_by: client.intakeWorker.id,
    created_at: createdAt,
    updated_at: history.events[history.events.length - 1].at,
    version: history.events.length,
  });
}

export function emptyRecords(): AgencyRecords {
  return { clients: [], statusChanges: [], contacts: [], consents: [], enrollments: [], teamMembers: [], assignments: [], notes: [], addenda: [], incidents: [], timeline: [] };
}
