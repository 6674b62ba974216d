import { Injectable } from '@nestjs/common';
import { type AuditRecord, AuditEventFacts, AuditTrail } from '@waymark/api/audit';
import { PlanGoalFacts, type PlanFact } from '@waymark/api/care-plan';
import { ClientRecordFacts } from '@waymark/api/client';
import { ForbiddenError, isUuid, NotFoundError, RequestContext } from '@waymark/api/common';
import { AgencyService, UserService } from '@waymark/api/identity';
import { type ReferralRecordFact, ReferralRecordFacts } from '@waymark/api/referral';
import { ActorType, ApiScopeContext, AUDIT_TRAIL_ROLES, AuditAction, calendarDay, scopesAllow } from '@waymark/shared/types';
import type { AuditEvent, CarePlan, Consent, FhirResource, Goal, Patient, RelatedPerson, ServiceRequest, Task } from 'fhir/r4';
import { toAuditEvent } from './audit-event.mapper';
import { servedGoals, toCarePlan, toGoal } from './care-plan.mapper';
import { toConsent } from './consent.mapper';
import { FhirSystems } from './fhir-systems';
import { toPatient } from './patient.mapper';
import { type ReferralSender, toServiceRequest, toTask } from './referral.mapper';
import { toRelatedPerson } from './related-person.mapper';

/** How many of the client's audit events one AuditEvent search (or $everything) answers at most, newest first. */
export const FHIR_AUDIT_EVENTS_DEFAULT = 100;
export const FHIR_AUDIT_EVENTS_MAX = 500;

/** Every read through FHIR is recorded as the same read over GraphQL would be, marked as served as FHIR. */
const SERVED_AS_FHIR = { format: { to: 'fhir' } };

/** A client's resources, each kind read in one query, however many rows. */
export interface ClientResources {
  patient: Patient;
  relatedPersons: RelatedPerson[];
  consents: Consent[];
  carePlans: CarePlan[];
  goals: Goal[];
  serviceRequests: ServiceRequest[];
  tasks: Task[];
  auditEvents: AuditEvent[];
  /** Whether the trail was cut at FHIR_AUDIT_EVENTS_DEFAULT events (the Bundle then gives no total). */
  trailCut: boolean;
}

/**
 * The FHIR views of a client's record and work, read through the contexts' exported facts
 * under the client access rules (the client is opened first: an unknown or another agency's
 * client is NOT_FOUND, a case manager off the caseload FORBIDDEN), mapped, and audited before
 * they leave: one multi-row insert per request, written before the response, so a failed audit
 * means no data.
 */
@Injectable()
export class FhirRecords {
  constructor(
    private readonly clients: ClientRecordFacts,
    private readonly plans: PlanGoalFacts,
    private readonly referrals: ReferralRecordFacts,
    private readonly events: AuditEventFacts,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
    private readonly systems: FhirSystems,
    private readonly agencies: AgencyService,
    private readonly users: UserService,
  ) {}

  async patient(clientId: string): Promise<Patient> {
    const person = await this.clients.open(clientId);
    await this.recorded(this.clientRead(clientId));
    return toPatient(person, this.systems);
  }

  /**
   * Everything below about one client, each kind only for a caller who may read it on its own:
   * the audit trail for admins and auditors, and for an API client only the contexts its scopes
   * cover (a key with client:read alone gets the Patient, RelatedPersons and Consents).
   */
  async everything(clientId: string): Promise<ClientResources> {
    const person = await this.clients.open(clientId);
    const withPlans = this.scopeAllows(ApiScopeContext.CARE_PLAN);
    const withReferrals = this.scopeAllows(ApiScopeContext.REFERRAL);
    const withTrail = this.mayReadTrail() && this.scopeAllows(ApiScopeContext.AUDIT);
    const [contacts, consents, plans, referrals, events] = await Promise.all([
      this.clients.contacts(clientId),
      this.clients.consents(clientId),
      withPlans ? this.plans.forClient(clientId) : Promise.resolve([]),
      withReferrals ? this.referrals.forClient(clientId) : Promise.resolve([]),
      withTrail ? this.events.forClient(clientId, FHIR_AUDIT_EVENTS_DEFAULT + 1) : Promise.resolve([]),
    ]);
    const trailCut = events.length > FHIR_AUDIT_EVENTS_DEFAULT;
    events.splice(FHIR_AUDIT_EVENTS_DEFAULT);
    const sender = await this.senders(referrals);
    await this.recorded(
      this.clientRead(clientId),
      { action: AuditAction.READ, entityType: 'ClientContact', clientId },
      { action: AuditAction.READ, entityType: 'Consent', clientId },
      ...this.planReads(plans),
      ...referrals.map((referral) => this.referralRead(referral.id, clientId)),
      ...(withTrail ? [this.trailRead(clientId, events.length)] : []),
    );
    const today = calendarDay(new Date());
    return {
      patient: toPatient(person, this.systems),
      relatedPersons: contacts.map((contact) => toRelatedPerson(contact, this.systems)),
      consents: consents.map((consent) => toConsent(consent, today, this.systems)),
      carePlans: plans.map((plan) => toCarePlan(plan, this.systems)),
      goals: this.goalsOf(plans),
      serviceRequests: referrals.map((referral) => toServiceRequest(referral, sender(referral), this.systems)),
      tasks: referrals.map((referral) => toTask(referral, sender(referral), this.systems)),
      auditEvents: events.map((event) => toAuditEvent(event, this.systems)),
      trailCut,
    };
  }

  async relatedPersons(clientId: string): Promise<RelatedPerson[]> {
    await this.clients.open(clientId);
    const contacts = await this.clients.contacts(clientId);
    await this.recorded({ action: AuditAction.READ, entityType: 'ClientContact', clientId });
    return contacts.map((contact) => toRelatedPerson(contact, this.systems));
  }

  async relatedPerson(id: string): Promise<RelatedPerson> {
    const contact = isUuid(id) ? await this.clients.contact(id) : null;
    if (!contact) throw new NotFoundError('RelatedPerson');
    await this.clients.open(contact.clientId);
    await this.recorded({ action: AuditAction.READ, entityType: 'ClientContact', entityId: id, clientId: contact.clientId });
    return toRelatedPerson(contact, this.systems);
  }

  async consents(clientId: string): Promise<Consent[]> {
    await this.clients.open(clientId);
    const consents = await this.clients.consents(clientId);
    await this.recorded({ action: AuditAction.READ, entityType: 'Consent', clientId });
    const today = calendarDay(new Date());
    return consents.map((consent) => toConsent(consent, today, this.systems));
  }

  async consent(id: string): Promise<Consent> {
    const consent = isUuid(id) ? await this.clients.consent(id) : null;
    if (!consent) throw new NotFoundError('Consent');
    await this.clients.open(consent.clientId);
    await this.recorded({ action: AuditAction.READ, entityType: 'Consent', entityId: id, clientId: consent.clientId });
    return toConsent(consent, calendarDay(new Date()), this.systems);
  }

  /** The client's plans with their goals (the Goals are included in a CarePlan search). */
  async carePlans(clientId: string): Promise<{ carePlans: CarePlan[]; goals: Goal[] }> {
    await this.clients.open(clientId);
    const plans = await this.plans.forClient(clientId);
    await this.recorded(...this.planReads(plans));
    return { carePlans: plans.map((plan) => toCarePlan(plan, this.systems)), goals: this.goalsOf(plans) };
  }

  async carePlan(id: string): Promise<CarePlan> {
    const plan = await this.openPlan(isUuid(id) ? await this.plans.plan(id) : null, 'CarePlan');
    return toCarePlan(plan, this.systems);
  }

  async goals(clientId: string): Promise<Goal[]> {
    return (await this.carePlans(clientId)).goals;
  }

  async goal(id: string): Promise<Goal> {
    const plan = await this.openPlan(isUuid(id) ? await this.plans.planOfGoal(id) : null, 'Goal');
    const goal = plan.goals.find((candidate) => candidate.id === id);
    if (!goal) throw new NotFoundError('Goal');
    return toGoal(goal, plan, this.systems);
  }

  async serviceRequests(clientId: string): Promise<ServiceRequest[]> {
    const referrals = await this.clientReferrals(clientId);
    const sender = await this.senders(referrals);
    return referrals.map((referral) => toServiceRequest(referral, sender(referral), this.systems));
  }

  async serviceRequest(id: string): Promise<ServiceRequest> {
    const referral = await this.referral(id, 'ServiceRequest');
    return toServiceRequest(referral, (await this.senders([referral]))(referral), this.systems);
  }

  async tasks(clientId: string): Promise<Task[]> {
    const referrals = await this.clientReferrals(clientId);
    const sender = await this.senders(referrals);
    return referrals.map((referral) => toTask(referral, sender(referral), this.systems));
  }

  async task(id: string): Promise<Task> {
    const referral = await this.referral(id, 'Task');
    return toTask(referral, (await this.senders([referral]))(referral), this.systems);
  }

  /**
   * The client's trail, newest first, `count` at most, with how many events it holds in all (the
   * Bundle's total): for those who may read the agency's trail (admins, auditors).
   */
  async auditEvents(clientId: string, count: number): Promise<{ auditEvents: AuditEvent[]; total: number }> {
    this.requireTrailReader();
    await this.clients.open(clientId);
    const events = await this.events.forClient(clientId, count);
    const total = events.length < count ? events.length : await this.events.countForClient(clientId);
    await this.recorded(this.trailRead(clientId, events.length));
    return { auditEvents: events.map((event) => toAuditEvent(event, this.systems)), total };
  }

  async auditEvent(id: string): Promise<AuditEvent> {
    this.requireTrailReader();
    const event = await this.events.one(id);
    if (!event) throw new NotFoundError('AuditEvent');
    if (event.clientId) await this.clients.open(event.clientId);
    await this.recorded({ action: AuditAction.READ, entityType: 'AuditTrail', entityId: id, ...(event.clientId ? { clientId: event.clientId } : {}), changes: SERVED_AS_FHIR });
    return toAuditEvent(event, this.systems);
  }

  /** The resources of a Bundle's entries in one list: what $everything answers. */
  static all(resources: ClientResources): FhirResource[] {
    return [
      resources.patient,
      ...resources.relatedPersons,
      ...resources.consents,
      ...resources.carePlans,
      ...resources.goals,
      ...resources.serviceRequests,
      ...resources.tasks,
      ...resources.auditEvents,
    ];
  }

  private async clientReferrals(clientId: string) {
    await this.clients.open(clientId);
    const referrals = await this.referrals.forClient(clientId);
    await this.recorded(...referrals.map((referral) => this.referralRead(referral.id, clientId)));
    return referrals;
  }

  private async referral(id: string, resourceType: string) {
    const [referral] = isUuid(id) ? await this.referrals.of([id]) : [];
    if (!referral) throw new NotFoundError(resourceType);
    await this.clients.open(referral.clientId);
    await this.recorded(this.referralRead(referral.id, referral.clientId));
    return referral;
  }

  /** A plan of the agency, once the caller may read its client; its read recorded. */
  private async openPlan(plan: PlanFact | null, resourceType: string): Promise<PlanFact> {
    if (!plan) throw new NotFoundError(resourceType);
    await this.clients.open(plan.clientId);
    await this.recorded(...this.planReads([plan]));
    return plan;
  }

  /** The goals a search serves: each version's but a superseded one's (see servedGoals). */
  private goalsOf(plans: PlanFact[]): Goal[] {
    return plans.flatMap((plan) => servedGoals(plan).map((goal) => toGoal(goal, plan, this.systems)));
  }

  /**
   * The names of who sent the referrals (the agency, the case manager), in two statements
   * whatever their number, none for no referral.
   */
  private async senders(referrals: ReferralRecordFact[]): Promise<(referral: ReferralRecordFact) => ReferralSender> {
    if (!referrals.length) return () => ({ agencyName: null, caseManagerName: null });
    const agencyIds = [...new Set(referrals.map((referral) => referral.agencyId))];
    const requesterIds = [...new Set(referrals.map((referral) => referral.requesterId).filter((id): id is string => id !== null))];
    const [agencyNames, people] = await Promise.all([this.agencies.namesOf(agencyIds), this.users.summaries(requesterIds)]);
    const agencyName = new Map(agencyIds.map((id, i) => [id, agencyNames[i]]));
    const personName = new Map(people.map((person) => [person.id, person.displayName]));
    return (referral) => ({
      agencyName: agencyName.get(referral.agencyId) ?? null,
      caseManagerName: (referral.requesterId && personName.get(referral.requesterId)) || null,
    });
  }

  /** The record's read, with the emergency grant it was opened under, if any, as GraphQL's client read records it. */
  private clientRead(clientId: string): AuditRecord {
    const { changes, reason } = this.clients.emergencyReadAudit(clientId);
    return { action: AuditAction.READ, entityType: 'Client', entityId: clientId, clientId, changes: { ...SERVED_AS_FHIR, ...changes }, ...(reason ? { reason } : {}) };
  }

  private planReads(plans: PlanFact[]): AuditRecord[] {
    return plans.map((plan) => ({ action: AuditAction.READ, entityType: 'CarePlan', entityId: plan.id, clientId: plan.clientId }));
  }

  private referralRead(referralId: string, clientId: string): AuditRecord {
    return { action: AuditAction.READ, entityType: 'Referral', entityId: referralId, clientId };
  }

  /** Reading the trail is itself a read of the trail, as AuditQueryService records it. */
  private trailRead(clientId: string, rows: number): AuditRecord {
    return { action: AuditAction.READ, entityType: 'AuditTrail', clientId, changes: { ...SERVED_AS_FHIR, rows: { to: rows } } };
  }

  /** Whether the caller may read a context's data: a person by their role and the access rules, an API client also by its scopes. */
  private scopeAllows(context: ApiScopeContext): boolean {
    const principal = this.context.requirePrincipal();
    return principal.actorType !== ActorType.API_CLIENT || scopesAllow(principal.scopes ?? [], context, 'read');
  }

  private mayReadTrail(): boolean {
    return AUDIT_TRAIL_ROLES.includes(this.context.requirePrincipal().role);
  }

  private requireTrailReader(): void {
    if (!this.mayReadTrail()) throw new ForbiddenError("Only the agency's admins and auditors read its audit trail.");
  }

  /** Written at once, in one insert, before the response leaves: a REST route has no GraphQL flush to wait for. */
  private async recorded(...records: AuditRecord[]): Promise<void> {
    if (!records.length) return;
    await this.audit.record(...records.map((record) => ({ ...record, changes: record.changes ?? SERVED_AS_FHIR })));
  }
}
