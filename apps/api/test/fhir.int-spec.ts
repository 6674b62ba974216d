import type { Bundle, CarePlan, Consent, FhirResource, Goal, OperationOutcome, Patient, RelatedPerson, ServiceRequest, Task } from 'fhir/r4';
import request from 'supertest';
import { createApiClient } from './support/api-client-fixtures';
import { ok, worker, type Worker } from './support/client-fixtures';
import { ADD_CONTACT } from './support/client-operations';
import { ADD_GOAL, APPROVE, CREATE_PLAN, type Plan, REVISE, SUBMIT } from './support/care-plan-plan-fixtures';
import { fhirProblems } from './support/fhir-schema';
import { clientToRefer, consentTo, CREATE_REFERRAL, day, directoryService, MOVE_REFERRAL, referralWorld, type ReferralWorld } from './support/referral-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const FHIR_JSON = /^application\/fhir\+json/;
const PROVIDER = { name: 'Dr. Amal Haddad, dentist', phone: '555-0100', email: 'front@haddad.example', address: '12 Main St' };

/** What each move needs besides its status. */
const DETAILS: Record<string, Record<string, unknown>> = {
  DECLINED: { declineReason: 'NO_CAPACITY' },
  SCHEDULED: { appointmentAt: '2030-03-04T16:30:00.000Z', appointmentLocation: 'Front desk' },
  COMPLETED: { outcome: 'NEED_MET', outcomeNote: 'Two cleanings done' },
};

/**
 * The FHIR R4 views over HTTP: every resource and Bundle valid against the official R4 JSON
 * schema, the values mapped as the shared tables say, references resolving inside the Bundle,
 * the same access rules and audit as GraphQL, and $everything in the same SQL for 1 or 10 referrals.
 */
describe('FHIR R4 views of a client and their work', () => {
  let t: TestApp;
  let world: ReferralWorld;
  let clientId: string;
  let enrollmentId: string;
  let plan: Plan;
  let motherId: string;
  const referralIds: Record<'completed' | 'declined', string> = { completed: '', declined: '' };

  const as = (who: keyof ReferralWorld['people']) => world.as(who);

  /** A GET of the FHIR API with the bearer token given (none: anonymous). */
  async function fhir<T = FhirResource>(path: string, token?: string): Promise<{ status: number; body: T; type: string }> {
    const req = request(t.app.getHttpAdapter().getInstance().server).get(`/fhir/r4/${path}`);
    if (token) req.set('authorization', `Bearer ${token}`);
    const res = await req;
    return { status: res.status, body: (typeof res.body === 'object' && Object.keys(res.body).length ? res.body : JSON.parse(res.text)) as T, type: String(res.headers['content-type']) };
  }

  /** The resource, after checking it (and each resource a Bundle holds) against the FHIR R4 schema. */
  function valid<T extends FhirResource>(resource: T): T {
    expect(fhirProblems(resource)).toEqual([]);
    if (resource.resourceType === 'Bundle') for (const entry of resource.entry ?? []) expect(fhirProblems(entry.resource!)).toEqual([]);
    return resource;
  }

  async function read<T extends FhirResource>(path: string, token = world.people.caseManager.token): Promise<T> {
    const res = await fhir<T>(path, token);
    expect({ path, status: res.status }).toEqual({ path, status: 200 });
    expect(res.type).toMatch(FHIR_JSON);
    return valid(res.body);
  }

  const resources = <T extends FhirResource>(bundle: Bundle, type: T['resourceType']) => (bundle.entry ?? []).map((entry) => entry.resource!).filter((r): r is T => r.resourceType === type);

  /** Every relative reference anywhere in the Bundle names a resource the Bundle holds. */
  function expectReferencesResolve(bundle: Bundle) {
    const held = new Set((bundle.entry ?? []).map((entry) => `${entry.resource!.resourceType}/${entry.resource!.id}`));
    for (const entry of bundle.entry ?? []) expect(entry.fullUrl).toMatch(new RegExp(`/fhir/r4/${entry.resource!.resourceType}/${entry.resource!.id}$`));
    const references: string[] = [];
    JSON.stringify(bundle, (key, value) => {
      if (key === 'reference' && typeof value === 'string') references.push(value);
      return value;
    });
    expect(references.length).toBeGreaterThan(0);
    expect(references.filter((reference) => !held.has(reference))).toEqual([]);
  }

  const draftReferral = (forClient: string, forEnrollment: string) =>
    ok(as('caseManager')(CREATE_REFERRAL, { input: { clientId: forClient, enrollmentId: forEnrollment, provider: PROVIDER, reason: 'Tooth pain for weeks', needs: ['health'], urgency: 'URGENT' } }));

  async function moveThrough(referral: { id: string; version: number }, statuses: string[]) {
    let current = referral;
    for (const to of statuses) current = await ok(as('caseManager')(MOVE_REFERRAL, { input: { id: current.id, version: current.version, to, ...DETAILS[to] } }));
    return current;
  }

  beforeAll(async () => {
    t = await startTestApp();
    world = await referralWorld(t);
    ({ clientId, enrollmentId } = await clientToRefer(t, world, {
      legalFirstName: 'María',
      legalLastName: `Fhir ${Date.now()}`,
      preferredName: 'Mari',
      gender: 'Female',
      dateOfBirth: '1985-06-15',
      phone: '555-0142',
      email: 'mari@example.org',
      primaryLanguage: 'Spanish',
      region: 'CA',
    }));
    motherId = (await ok(as('caseManager')(ADD_CONTACT, { input: { clientId, kind: 'FAMILY', relationship: 'mother', name: 'Rosa Díaz', phone: '555-0199', emergencyContact: true } }))).id;
    await ok(as('caseManager')(ADD_CONTACT, { input: { clientId, kind: 'PROFESSIONAL', relationship: 'dentist', name: 'Dr. Haddad', organization: 'Haddad Dental' } }));
    await consentTo(t, world, clientId, world.receiver.id, ['DEMOGRAPHICS', 'REFERRALS']);
    await consentTo(t, world, clientId, world.receiver.id, ['MEDICAL'], { effectiveFrom: day(-30), signedOn: day(-30), effectiveUntil: day(-20) });

    const draft = await ok<Plan>(t.gql(CREATE_PLAN, { input: { enrollmentId, effectiveOn: day(0) } }, { token: world.people.caseManager.token }));
    const oneGoal = await ok<Plan>(t.gql(ADD_GOAL, { input: { carePlanId: draft.id, version: draft.version, statement: 'Keep my apartment', domain: 'HOUSING', priority: 'HIGH', targetDate: day(90) } }, { token: world.people.caseManager.token }));
    const twoGoals = await ok<Plan>(t.gql(ADD_GOAL, { input: { carePlanId: draft.id, version: oneGoal.version, statement: 'See a dentist', domain: 'PHYSICAL_HEALTH', priority: 'LOW' } }, { token: world.people.caseManager.token }));
    const submitted = await ok<Plan>(t.gql(SUBMIT, { input: { carePlanId: draft.id, version: twoGoals.version } }, { token: world.people.caseManager.token }));
    plan = await ok<Plan>(t.gql(APPROVE, { input: { carePlanId: draft.id, version: submitted.version } }, { token: world.people.supervisor.token }));

    referralIds.completed = (await moveThrough(await draftReferral(clientId, enrollmentId), ['SENT', 'ACCEPTED', 'SCHEDULED', 'COMPLETED'])).id;
    referralIds.declined = (await moveThrough(await draftReferral(clientId, enrollmentId), ['SENT', 'DECLINED'])).id;
  }, 120_000);
  afterAll(() => t.close());

  it('rejects a deliberately broken resource, so the schema check can fail', () => {
    const patient: Patient = { resourceType: 'Patient', id: 'p1', gender: 'female', birthDate: '1985-06-15' };
    expect(fhirProblems(patient)).toEqual([]);
    expect(fhirProblems({ ...patient, gender: 'F' } as unknown as Patient)).not.toEqual([]);
    expect(fhirProblems({ ...patient, birthDate: '15/06/1985' })).not.toEqual([]);
    expect(fhirProblems({ ...patient, favouriteColour: 'blue' } as unknown as Patient)).not.toEqual([]);
    expect(fhirProblems({ resourceType: 'Bundle', type: 'searchset', entry: [{ resource: { ...patient, active: 'yes' } }] } as unknown as Bundle)).not.toEqual([]);
    // A string where a Reference belongs, and a Task without the status and intent R4 requires.
    const task: Task = { resourceType: 'Task', status: 'requested', intent: 'order', focus: { reference: 'ServiceRequest/x' } };
    expect(fhirProblems(task)).toEqual([]);
    expect(fhirProblems({ ...task, focus: 'ServiceRequest/x' } as unknown as Task)).not.toEqual([]);
    expect(fhirProblems({ resourceType: 'Task', intent: 'order' } as unknown as Task)).toEqual(["Task must have required element 'status'"]);
  });

  it('answers its CapabilityStatement without a token', async () => {
    const statement = await read('metadata', '');
    expect(statement).toMatchObject({ resourceType: 'CapabilityStatement', fhirVersion: '4.0.1', format: ['application/fhir+json'] });
  });

  it('reads the client as a Patient', async () => {
    const patient = await read<Patient>(`Patient/${clientId}`);
    expect(patient).toMatchObject({
      id: clientId,
      active: true,
      gender: 'female',
      birthDate: '1985-06-15',
      name: [{ use: 'official', given: ['María'] }, { use: 'usual', given: ['Mari'] }],
      telecom: [
        { system: 'phone', value: '555-0142' },
        { system: 'email', value: 'mari@example.org' },
      ],
      address: [{ state: 'CA' }],
      communication: [{ language: { text: 'Spanish' }, preferred: true }],
    });
    expect(patient.identifier).toEqual(expect.arrayContaining([{ use: 'secondary', system: 'https://waymark.example/fhir/identifier/client', value: clientId }]));
  });

  it('searches each type by patient, with values mapped by the shared tables', async () => {
    const related = await read<Bundle>(`RelatedPerson?patient=${clientId}`);
    expect(related).toMatchObject({ type: 'searchset', total: 2 });
    const mother = resources<RelatedPerson>(related, 'RelatedPerson').find((person) => person.id === motherId)!;
    expect(mother).toMatchObject({ active: true, patient: { reference: `Patient/${clientId}` }, name: [{ text: 'Rosa Díaz' }] });
    expect(mother.relationship?.[0]).toMatchObject({ text: 'mother', coding: expect.arrayContaining([{ system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode', code: 'FAMMEMB', display: 'family member' }]) });
    expect(mother.relationship?.[1].coding?.[0]).toMatchObject({ system: 'http://terminology.hl7.org/CodeSystem/v2-0131', code: 'C' });

    const consents = resources<Consent>(await read<Bundle>(`Consent?patient=Patient/${clientId}`), 'Consent');
    expect(consents.map((consent) => consent.status).sort()).toEqual(['active', 'inactive']);
    const inForce = consents.find((consent) => consent.status === 'active')!;
    expect(inForce.scope.coding?.[0]).toMatchObject({ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' });
    expect(inForce.provision?.code?.map((code) => code.coding?.[0].code)).toEqual(['DEMOGRAPHICS', 'REFERRALS']);

    const plans = await read<Bundle>(`CarePlan?patient=${clientId}`);
    const [carePlan] = resources<CarePlan>(plans, 'CarePlan');
    expect(carePlan).toMatchObject({ id: plan.id, status: 'active', intent: 'plan', subject: { reference: `Patient/${clientId}` }, period: { start: day(0) } });
    const goals = resources<Goal>(plans, 'Goal');
    expect(goals.map((goal) => goal.description.text)).toEqual(['Keep my apartment', 'See a dentist']);
    expect(goals[0]).toMatchObject({ lifecycleStatus: 'active', target: [{ dueDate: day(90) }], priority: { coding: [{ code: 'high-priority' }] } });
    expect(plans.entry?.filter((entry) => entry.search?.mode === 'include')).toHaveLength(2);
    expect(carePlan.goal?.map((goal) => goal.reference)).toEqual(goals.map((goal) => `Goal/${goal.id}`));

    const requests = resources<ServiceRequest>(await read<Bundle>(`ServiceRequest?patient=${clientId}`), 'ServiceRequest');
    const byId = new Map(requests.map((serviceRequest) => [serviceRequest.id, serviceRequest]));
    expect(byId.get(referralIds.completed)).toMatchObject({ status: 'completed', intent: 'order', priority: 'urgent', code: { text: PROVIDER.name }, subject: { reference: `Patient/${clientId}` } });
    expect(byId.get(referralIds.declined)).toMatchObject({ status: 'revoked' });
    // Who asked: the case manager who sent it, by our actor id and name.
    expect(byId.get(referralIds.completed)!.requester).toMatchObject({ type: 'PractitionerRole', identifier: { value: world.people.caseManager.id }, display: expect.any(String) });

    const tasks = new Map(resources<Task>(await read<Bundle>(`Task?patient=${clientId}`), 'Task').map((task) => [task.id, task]));
    expect(tasks.get(referralIds.completed)).toMatchObject({
      status: 'completed',
      intent: 'order',
      focus: { reference: `ServiceRequest/${referralIds.completed}` },
      for: { reference: `Patient/${clientId}` },
      owner: { display: PROVIDER.name },
      requester: { type: 'Organization', identifier: { value: world.sender.id }, display: expect.any(String) },
    });
    expect(tasks.get(referralIds.declined)).toMatchObject({ status: 'rejected', statusReason: { coding: [{ code: 'NO_CAPACITY' }] } });
  });

  it('reads each resource by its id, and answers an unknown id with a 404 OperationOutcome', async () => {
    const [goalId] = resources<CarePlan>(await read<Bundle>(`CarePlan?patient=${clientId}`), 'CarePlan')[0].goal!.map((goal) => goal.reference!.split('/')[1]);
    const [consentId] = resources<Consent>(await read<Bundle>(`Consent?patient=${clientId}`), 'Consent').map((consent) => consent.id);
    for (const path of [`RelatedPerson/${motherId}`, `Consent/${consentId}`, `CarePlan/${plan.id}`, `Goal/${goalId}`, `ServiceRequest/${referralIds.completed}`, `Task/${referralIds.declined}`]) {
      expect((await read(path)).id).toBe(path.split('/')[1]);
    }
    for (const path of ['Patient/not-a-uuid', `Patient/${motherId}`, `Task/${plan.id}`, `Goal/${referralIds.completed}`, 'AuditEvent/12x']) {
      const res = await fhir<OperationOutcome>(path, world.people.admin.token);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      expect(res.type).toMatch(FHIR_JSON);
      expect(valid(res.body)).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'not-found' }] });
    }
  });

  it("answers $everything with every resource, its references resolving inside the Bundle", async () => {
    const bundle = await read<Bundle>(`Patient/${clientId}/$everything`, world.people.admin.token);
    expect(bundle.type).toBe('searchset');
    const count = (type: FhirResource['resourceType']) => resources(bundle, type).length;
    expect([count('Patient'), count('RelatedPerson'), count('Consent'), count('CarePlan'), count('Goal'), count('ServiceRequest'), count('Task')]).toEqual([1, 2, 2, 1, 2, 2, 2]);
    expect(count('AuditEvent')).toBeGreaterThan(0);
    expectReferencesResolve(bundle);

    // A case manager reads the same record, but not the audit trail.
    const theirs = await read<Bundle>(`Patient/${clientId}/$everything`);
    expect(resources(theirs, 'AuditEvent')).toEqual([]);
    expect(resources(theirs, 'Goal')).toHaveLength(2);
  });

  it("serves the client's audit trail as AuditEvents to admins and auditors only", async () => {
    const trail = resources<FhirResource & { resourceType: 'AuditEvent' }>(await read<Bundle>(`AuditEvent?patient=${clientId}&_count=5`, world.people.auditor.token), 'AuditEvent');
    expect(trail).toHaveLength(5);
    expect(trail[0]).toMatchObject({ type: { system: 'http://dicom.nema.org/resources/ontology/DCM' }, recorded: expect.any(String) });
    expect(trail.every((event) => ['C', 'R', 'U', 'D', 'E'].includes(event.action!))).toBe(true);
    expect(trail.every((event) => event.entity?.some((entity) => entity.what?.reference === `Patient/${clientId}`))).toBe(true);
    expect((await read(`AuditEvent/${trail[0].id}`, world.people.admin.token)).id).toBe(trail[0].id);

    const refused = await fhir<OperationOutcome>(`AuditEvent?patient=${clientId}`, world.people.caseManager.token);
    expect([refused.status, valid(refused.body).issue[0].code]).toEqual([403, 'forbidden']);
    const badCount = await fhir<OperationOutcome>(`AuditEvent?patient=${clientId}&_count=9999`, world.people.admin.token);
    expect([badCount.status, valid(badCount.body).issue[0].code]).toEqual([400, 'invalid']);

    // The total is how many there are, not how many this page holds.
    const page = await read<Bundle>(`AuditEvent?patient=${clientId}&_count=5`, world.people.auditor.token);
    const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM audit_event WHERE client_id = $1`, [clientId]);
    expect(page.total).toBeGreaterThan(5);
    expect(page.total).toBeLessThanOrEqual(count);
  });

  it('refuses without a token, another agency, a case manager off the caseload and a search without its patient', async () => {
    const anonymous = await fhir<OperationOutcome>(`Patient/${clientId}`);
    expect([anonymous.status, valid(anonymous.body).issue[0].code]).toEqual([401, 'login']);

    // Another agency's client does not exist for the caller, whichever resource is asked for.
    for (const path of [`Patient/${clientId}`, `Patient/${clientId}/$everything`, `CarePlan?patient=${clientId}`, `Task/${referralIds.completed}`, `RelatedPerson/${motherId}`]) {
      const res = await fhir<OperationOutcome>(path, world.people.outsider.token);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      expect(valid(res.body).issue[0].code).toBe('not-found');
    }

    const stranger: Worker = await worker(t, world.sender, 'CASE_MANAGER');
    for (const path of [`Patient/${clientId}`, `Consent?patient=${clientId}`, `Goal/${plan.goals[0].id}`]) {
      const res = await fhir<OperationOutcome>(path, stranger.token);
      expect({ path, status: res.status }).toEqual({ path, status: 403 });
      expect(valid(res.body).issue[0].code).toBe('forbidden');
    }

    const unserved = await fhir<OperationOutcome>(`Observation?patient=${clientId}`, world.people.caseManager.token);
    expect([unserved.status, unserved.type, valid(unserved.body).issue[0].code]).toEqual([404, expect.stringMatching(FHIR_JSON), 'not-found']);

    const missing = await fhir<OperationOutcome>('ServiceRequest', world.people.caseManager.token);
    expect([missing.status, valid(missing.body).issue[0].code]).toEqual([400, 'invalid']);

    // A search parameter not served is refused, not ignored: the answer would look filtered.
    for (const path of [`Task?patient=${clientId}&status=completed`, `Goal?patient=${clientId}&lifecycle-status=active`, `AuditEvent?patient=${clientId}&date=gt2026-01-01`, `Patient/${clientId}/$everything?_since=2026-01-01`]) {
      const res = await fhir<OperationOutcome>(path, world.people.admin.token);
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      expect(valid(res.body).issue[0].code).toBe('invalid');
    }
  });

  it('audits every read as a GraphQL read of the same data, marked as served as FHIR', async () => {
    const reader = await worker(t, world.sender, 'SUPERVISOR');
    await read(`Patient/${clientId}/$everything`, reader.token);
    await read(`Task/${referralIds.completed}`, reader.token);
    const rows: { entity_type: string; entity_id: string | null; client_id: string; action: string }[] = await t.db.query(
      `SELECT entity_type, entity_id, client_id, action FROM audit_event WHERE actor_id = $1 AND changes->'format'->>'to' = 'fhir' ORDER BY id`,
      [reader.id],
    );
    expect(rows.every((row) => row.action === 'READ' && row.client_id === clientId)).toBe(true);
    expect(rows.map((row) => `${row.entity_type}${row.entity_id ? `/${row.entity_id}` : ''}`).sort()).toEqual(
      [
        `Client/${clientId}`,
        'ClientContact',
        'Consent',
        `CarePlan/${plan.id}`,
        `Referral/${referralIds.completed}`,
        `Referral/${referralIds.declined}`,
        `Referral/${referralIds.completed}`,
      ].sort(),
    );
    // A refused read is not a read.
    const stranger = await worker(t, world.sender, 'CASE_MANAGER');
    await fhir(`Patient/${clientId}`, stranger.token);
    expect(await t.db.query(`SELECT 1 FROM audit_event WHERE actor_id = $1 AND action = 'READ'`, [stranger.id])).toEqual([]);
  });

  it("serves an API client what its scopes cover, audited as the client", async () => {
    const clientOnly = await createApiClient(t, world.people.admin.token, { scopes: ['client:read'] });
    expect((await read<Patient>(`Patient/${clientId}`, clientOnly.token)).id).toBe(clientId);
    const partial = await read<Bundle>(`Patient/${clientId}/$everything`, clientOnly.token);
    expect([...new Set((partial.entry ?? []).map((entry) => entry.resource!.resourceType))].sort()).toEqual(['Consent', 'Patient', 'RelatedPerson']);
    expectReferencesResolve(partial);
    for (const path of [`CarePlan?patient=${clientId}`, `Task/${referralIds.completed}`, `AuditEvent?patient=${clientId}`]) {
      const res = await fhir<OperationOutcome>(path, clientOnly.token);
      expect({ path, status: res.status }).toEqual({ path, status: 403 });
      expect(valid(res.body).issue[0].code).toBe('forbidden');
    }
    const reads: { actor_type: string; entity_type: string }[] = await t.db.query(
      `SELECT actor_type, entity_type FROM audit_event WHERE actor_id = $1 AND client_id = $2 AND action = 'READ' ORDER BY id`,
      [clientOnly.id, clientId],
    );
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((row) => row.actor_type === 'API_CLIENT')).toBe(true);

    const allReads = await createApiClient(t, world.people.admin.token, { scopes: ['client:read', 'care-plan:read', 'referral:read', 'audit:read'] });
    const whole = await read<Bundle>(`Patient/${clientId}/$everything`, allReads.token);
    expect(resources(whole, 'Task')).toHaveLength(2);
    expect(resources(whole, 'Goal')).toHaveLength(2);
    expect(resources(whole, 'AuditEvent').length).toBeGreaterThan(0);
    const elsewhere = await createApiClient(t, world.people.outsider.token, { scopes: ['client:read'] });
    expect((await fhir(`Patient/${clientId}`, elsewhere.token)).status).toBe(404);
  });

  it('answers $everything in the same SQL statements for 1 referral as for 10', async () => {
    async function statementsOfEverything(referrals: number): Promise<number> {
      const setup = await clientToRefer(t, world);
      for (let i = 0; i < referrals; i++) await moveThrough(await draftReferral(setup.clientId, setup.enrollmentId), i % 2 ? ['SENT'] : []);
      const spy = jest.spyOn(t.db.logger, 'logQuery');
      try {
        const bundle = await read<Bundle>(`Patient/${setup.clientId}/$everything`, world.people.admin.token);
        expect(resources(bundle, 'Task')).toHaveLength(referrals);
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    }
    const one = await statementsOfEverything(1);
    const ten = await statementsOfEverything(10);
    expect(ten).toBe(one);
    expect(ten).toBeLessThanOrEqual(12);
  }, 120_000);

  it('serves meta.versionId and lastUpdated from the row, and a no-show as on hold (it may be booked again)', async () => {
    const setup = await clientToRefer(t, world);
    const missed = await moveThrough(await draftReferral(setup.clientId, setup.enrollmentId), ['SENT', 'ACCEPTED', 'SCHEDULED', 'NO_SHOW']);
    const task = await read<Task>(`Task/${missed.id}`);
    expect(task).toMatchObject({ status: 'on-hold', businessStatus: { coding: [{ code: 'NO_SHOW' }] }, meta: { versionId: String(missed.version) } });
    expect(await read<ServiceRequest>(`ServiceRequest/${missed.id}`)).toMatchObject({ status: 'active', meta: { versionId: String(missed.version) } });
    const [row] = await t.db.query(`SELECT updated_at FROM referral WHERE id = $1`, [missed.id]);
    expect(task.meta?.lastUpdated).toBe(new Date(row.updated_at).toISOString());
    const carePlan = await read<CarePlan>(`CarePlan/${plan.id}`);
    expect(carePlan.meta?.versionId).toBe(String(plan.version));
  });

  it('names the Consent a referral was sent under as its supporting information', async () => {
    const setup = await clientToRefer(t, world);
    const consent = await consentTo(t, world, setup.clientId, world.receiver.id, ['DEMOGRAPHICS', 'REFERRALS']);
    const service = await directoryService(t, world.receiver.id, { waymarkAgencyId: world.receiver.id });
    const draft = await ok(as('caseManager')(CREATE_REFERRAL, { input: { clientId: setup.clientId, enrollmentId: setup.enrollmentId, serviceId: service.id, reason: 'Food for the week', needs: ['food'], urgency: 'ROUTINE' } }));
    const sent = await moveThrough(draft, ['SENT']);
    const serviceRequest = await read<ServiceRequest>(`ServiceRequest/${sent.id}`);
    expect(serviceRequest.supportingInfo).toEqual([{ reference: `Consent/${consent.id}` }]);
    expectReferencesResolve(await read<Bundle>(`Patient/${setup.clientId}/$everything`));
  });

  it('serves the goals of the plan in force as active, a draft revision’s as proposed, and leaves a superseded version’s out', async () => {
    const setup = await clientToRefer(t, world);
    const token = world.people.caseManager.token;
    const draft = await ok<Plan>(t.gql(CREATE_PLAN, { input: { enrollmentId: setup.enrollmentId, effectiveOn: day(0) } }, { token }));
    const withGoal = await ok<Plan>(t.gql(ADD_GOAL, { input: { carePlanId: draft.id, version: draft.version, statement: 'Find work', domain: 'EMPLOYMENT', priority: 'HIGH' } }, { token }));
    const submitted = await ok<Plan>(t.gql(SUBMIT, { input: { carePlanId: draft.id, version: withGoal.version } }, { token }));
    const first = await ok<Plan>(t.gql(APPROVE, { input: { carePlanId: draft.id, version: submitted.version } }, { token: world.people.supervisor.token }));
    const revision = await ok<Plan>(t.gql(REVISE, { input: { carePlanId: first.id, version: first.version } }, { token }));
    expect(revision.id).not.toBe(first.id);

    const goalsOf = async () => {
      const bundle = await read<Bundle>(`Goal?patient=${setup.clientId}`);
      return resources<Goal>(bundle, 'Goal').map((goal) => [goal.description.text, goal.lifecycleStatus]).sort();
    };
    expect(await goalsOf()).toEqual([
      ['Find work', 'active'],
      ['Find work', 'proposed'],
    ]);

    const resubmitted = await ok<Plan>(t.gql(SUBMIT, { input: { carePlanId: revision.id, version: revision.version } }, { token }));
    await ok<Plan>(t.gql(APPROVE, { input: { carePlanId: revision.id, version: resubmitted.version } }, { token: world.people.supervisor.token }));
    expect(await goalsOf()).toEqual([['Find work', 'active']]);
    const plans = await read<Bundle>(`CarePlan?patient=${setup.clientId}`);
    const superseded = resources<CarePlan>(plans, 'CarePlan').find((carePlan) => carePlan.id === first.id)!;
    expect(superseded).toMatchObject({ status: 'revoked' });
    expect(superseded.goal ?? []).toEqual([]);
    const included = new Set(resources<Goal>(plans, 'Goal').map((goal) => `Goal/${goal.id}`));
    expect(resources<CarePlan>(plans, 'CarePlan').flatMap((carePlan) => carePlan.goal ?? []).every((goal) => included.has(goal.reference!))).toBe(true);
    // Read by its id, the superseded version's goal is no longer pursued.
    expect((await read<Goal>(`Goal/${first.goals[0].id}`)).lifecycleStatus).toBe('cancelled');
  });
});
