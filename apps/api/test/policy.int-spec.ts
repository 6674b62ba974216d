import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { POLICY_KEY } from '@waymark/api/common';
import { startTestApp, type TestApp } from './support/test-app';

const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';

interface Operation {
  field: string;
  where: string;
  hasPolicy: boolean;
}

/** Every Query and Mutation resolver method in the application, with whether it declares a policy. */
function operations(t: TestApp): Operation[] {
  const reflector = t.app.get(Reflector);
  const scanner = t.app.get(MetadataScanner);
  return t.app
    .get(DiscoveryService)
    .getProviders()
    .filter((wrapper) => wrapper.instance && wrapper.metatype)
    .flatMap((wrapper) => {
      const prototype = Object.getPrototypeOf(wrapper.instance);
      return scanner.getAllMethodNames(prototype).flatMap((method) => {
        const handler = prototype[method];
        const type = Reflect.getMetadata(RESOLVER_TYPE, handler);
        if (type !== 'Query' && type !== 'Mutation') return [];
        return [
          {
            field: `${type}.${Reflect.getMetadata(RESOLVER_NAME, handler) ?? method}`,
            where: `${wrapper.metatype!.name}.${method}`,
            hasPolicy: reflector.getAllAndOverride(POLICY_KEY, [handler, wrapper.metatype]) !== undefined,
          },
        ];
      });
    });
}

describe('deny by default', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('finds a declared access policy on every field of Query and Mutation', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const schemaFields = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
      Object.keys(type?.getFields() ?? {}).map((name) => `${type!.name}.${name}`),
    );
    const found = operations(t);
    // Every schema field is served by a resolver method we can see…
    expect(found.map((op) => op.field).sort()).toEqual([...schemaFields].sort());
    // …and none of them lacks a policy.
    expect(found.filter((op) => !op.hasPolicy).map((op) => `${op.field} (${op.where})`)).toEqual([]);
  });

  it('refuses every non-public operation to a caller without a token', async () => {
    const anonymous = ['login', 'refreshSession', 'appSettings'];
    const probes: Record<string, string> = {
      me: '{ me { user { id } } }',
      users: '{ users { totalCount } }',
      user: '{ user(id: "00000000-0000-0000-0000-000000000000") { id } }',
      auditEvents: '{ auditEvents { pageInfo { hasNextPage } } }',
      verifyAuditChain: '{ verifyAuditChain { intact } }',
      logout: 'mutation { logout }',
      changePassword: 'mutation { changePassword(input: { currentPassword: "a", newPassword: "b" }) }',
      createUser: 'mutation { createUser(input: { email: "a@b.test", displayName: "A", role: INTAKE, password: "Some-Long-Password-1" }) { id } }',
      changeUserRole: 'mutation { changeUserRole(input: { userId: "00000000-0000-0000-0000-000000000000", version: 1, role: ADMIN }) { id } }',
      deactivateUser: 'mutation { deactivateUser(input: { userId: "00000000-0000-0000-0000-000000000000", version: 1 }) { id } }',
      reactivateUser: 'mutation { reactivateUser(input: { userId: "00000000-0000-0000-0000-000000000000", version: 1 }) { id } }',
      resetUserPassword: 'mutation { resetUserPassword(input: { userId: "00000000-0000-0000-0000-000000000000", version: 1, newPassword: "Some-Long-Password-1" }) { id } }',
      unlockUser: 'mutation { unlockUser(input: { userId: "00000000-0000-0000-0000-000000000000", version: 1 }) { id } }',
      client: '{ client(id: "00000000-0000-0000-0000-000000000000") { id } }',
      clients: '{ clients { totalCount } }',
      clientDuplicates: '{ clientDuplicates(input: { legalFirstName: "A", legalLastName: "B" }) { score } }',
      createClient: 'mutation { createClient(input: { legalFirstName: "A", legalLastName: "B" }) { id } }',
      updateClient: 'mutation { updateClient(input: { clientId: "00000000-0000-0000-0000-000000000000", version: 1, gender: "X" }) { id } }',
      changeClientStatus: 'mutation { changeClientStatus(input: { clientId: "00000000-0000-0000-0000-000000000000", version: 1, status: ACTIVE }) { id } }',
      setClientIdentifier: 'mutation { setClientIdentifier(input: { clientId: "00000000-0000-0000-0000-000000000000", kind: SSN, value: "123-45-6789" }) { id } }',
      removeClientIdentifier: 'mutation { removeClientIdentifier(input: { identifierId: "00000000-0000-0000-0000-000000000000", version: 1 }) { id } }',
      revealClientIdentifier: 'mutation { revealClientIdentifier(input: { identifierId: "00000000-0000-0000-0000-000000000000", reason: "r" }) { value } }',
      mergeClients: 'mutation { mergeClients(input: { sourceClientId: "00000000-0000-0000-0000-000000000000", sourceVersion: 1, targetClientId: "00000000-0000-0000-0000-000000000000", targetVersion: 1, reason: "r" }) { id } }',
      clientSettings: '{ clientSettings { version } }',
      updateClientSettings: 'mutation { updateClientSettings(input: { version: 0, lateEntryDays: 3 }) { version } }',
      programs: '{ programs { id } }',
      createProgram: 'mutation { createProgram(input: { code: "P", name: "P" }) { id } }',
      updateProgram: 'mutation { updateProgram(input: { programId: "00000000-0000-0000-0000-000000000000", version: 1 }) { id } }',
      screenEligibility: 'mutation { screenEligibility(input: { clientId: "00000000-0000-0000-0000-000000000000", programId: "00000000-0000-0000-0000-000000000000" }) { id } }',
      clientEligibilityScreens: '{ clientEligibilityScreens(clientId: "00000000-0000-0000-0000-000000000000") { id } }',
      clientEnrollments: '{ clientEnrollments(clientId: "00000000-0000-0000-0000-000000000000") { id } }',
      enrollClient: 'mutation { enrollClient(input: { clientId: "00000000-0000-0000-0000-000000000000", programId: "00000000-0000-0000-0000-000000000000", openedOn: "2025-01-01", reason: "r" }) { id } }',
      changeEnrollmentStatus: 'mutation { changeEnrollmentStatus(input: { enrollmentId: "00000000-0000-0000-0000-000000000000", version: 1, status: ACTIVE }) { id } }',
      closeEnrollment: 'mutation { closeEnrollment(input: { enrollmentId: "00000000-0000-0000-0000-000000000000", version: 1, closeReason: "r", closedOn: "2025-01-01" }) { id } }',
      assignCaseManager: 'mutation { assignCaseManager(input: { enrollmentId: "00000000-0000-0000-0000-000000000000", version: 1, caseManagerId: "00000000-0000-0000-0000-000000000000", reason: "r" }) { id } }',
      addTeamMember: 'mutation { addTeamMember(input: { enrollmentId: "00000000-0000-0000-0000-000000000000", version: 1, userId: "00000000-0000-0000-0000-000000000000", role: NURSE }) { id } }',
      removeTeamMember: 'mutation { removeTeamMember(input: { enrollmentId: "00000000-0000-0000-0000-000000000000", version: 1, userId: "00000000-0000-0000-0000-000000000000" }) { id } }',
      caseloads: '{ caseloads { totalClients } }',
      myCaseload: '{ myCaseload { totalCount } }',
      clientContacts: '{ clientContacts(clientId: "00000000-0000-0000-0000-000000000000") { id } }',
      addClientContact: 'mutation { addClientContact(input: { clientId: "00000000-0000-0000-0000-000000000000", kind: FAMILY, relationship: "mother", name: "A" }) { id } }',
      updateClientContact: 'mutation { updateClientContact(input: { contactId: "00000000-0000-0000-0000-000000000000", version: 1, name: "A" }) { id } }',
      archiveClientContact: 'mutation { archiveClientContact(input: { contactId: "00000000-0000-0000-0000-000000000000", version: 1 }) { id } }',
      clientConsents: '{ clientConsents(clientId: "00000000-0000-0000-0000-000000000000") { id } }',
      consentDecision: '{ consentDecision(clientId: "00000000-0000-0000-0000-000000000000", category: MEDICAL, recipientName: "A") { allowed } }',
      recordConsent: 'mutation { recordConsent(input: { clientId: "00000000-0000-0000-0000-000000000000", categories: [MEDICAL], recipientKind: ORGANIZATION, recipientName: "A", purpose: "p", effectiveFrom: "2025-01-01", signatureMethod: WRITTEN, signedOn: "2025-01-01" }) { id } }',
      revokeConsent: 'mutation { revokeConsent(input: { consentId: "00000000-0000-0000-0000-000000000000", version: 1, reason: "r" }) { id } }',
      partnerAgencies: '{ partnerAgencies { id } }',
      caseNotes: '{ caseNotes(clientId: "00000000-0000-0000-0000-000000000000") { totalCount } }',
      caseNote: '{ caseNote(id: "00000000-0000-0000-0000-000000000000") { id } }',
      myDraftNotes: '{ myDraftNotes { totalCount } }',
      createCaseNote: 'mutation { createCaseNote(input: { clientId: "00000000-0000-0000-0000-000000000000", noteType: HOME_VISIT, occurredAt: "2025-01-01T10:00:00Z" }) { id } }',
      updateCaseNote: 'mutation { updateCaseNote(input: { noteId: "00000000-0000-0000-0000-000000000000", version: 1, narrative: "n" }) { id } }',
      signCaseNote: 'mutation { signCaseNote(input: { noteId: "00000000-0000-0000-0000-000000000000", version: 1 }) { id } }',
      discardCaseNoteDraft: 'mutation { discardCaseNoteDraft(input: { noteId: "00000000-0000-0000-0000-000000000000", version: 1 }) }',
      addCaseNoteAddendum: 'mutation { addCaseNoteAddendum(input: { noteId: "00000000-0000-0000-0000-000000000000", text: "t" }) { id } }',
      clientIncidents: '{ clientIncidents(clientId: "00000000-0000-0000-0000-000000000000") { totalCount } }',
      incidentsAwaitingReview: '{ incidentsAwaitingReview { totalCount } }',
      reportIncident: 'mutation { reportIncident(input: { clientId: "00000000-0000-0000-0000-000000000000", incidentType: FALL, severity: LOW, occurredAt: "2025-01-01T10:00:00Z", description: "d" }) { id } }',
      updateIncident: 'mutation { updateIncident(input: { incidentId: "00000000-0000-0000-0000-000000000000", version: 1, severity: LOW }) { id } }',
      addIncidentNotification: 'mutation { addIncidentNotification(input: { incidentId: "00000000-0000-0000-0000-000000000000", version: 1, party: GUARDIAN, notifiedAt: "2025-01-01T10:00:00Z", method: PHONE }) { id } }',
      reviewIncident: 'mutation { reviewIncident(input: { incidentId: "00000000-0000-0000-0000-000000000000", version: 1, reviewNote: "r" }) { id } }',
      clientTimeline: '{ clientTimeline(clientId: "00000000-0000-0000-0000-000000000000") { pageInfo { hasNextPage } } }',
    };
    const protectedFields = operations(t)
      .map((op) => op.field.split('.')[1])
      .filter((name) => !anonymous.includes(name));
    // A new operation needs a probe here, so this test keeps covering everything.
    expect(Object.keys(probes).sort()).toEqual([...protectedFields].sort());
    for (const [name, query] of Object.entries(probes)) {
      const res = await t.gql(query);
      expect([name, res.errors?.[0]?.extensions.code]).toEqual([name, 'UNAUTHENTICATED']);
    }
  });
});
