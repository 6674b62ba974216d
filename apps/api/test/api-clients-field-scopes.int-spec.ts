import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { FieldScopes } from '@waymark/api/identity';
import { createApiClient } from './support/api-client-fixtures';
import { newClient, ok, staffedAgency, type StaffedAgency } from './support/client-fixtures';
import { codeOf } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const NEXT_TASK = `query ($id: ID!) { client(id: $id) { id nextTask { title } } }`;
const NEXT_TASK_IN_FRAGMENT = `query ($id: ID!) { client(id: $id) { ...Work } } fragment Work on Client { id ... on Client { nextTask { title } } }`;
const TRAIL_WITH_CLIENT = `{ auditEvents(first: 5) { edges { node { action actorName client { id } } } } }`;

describe('API clients: scopes reach every field a key selects, not only the root field', () => {
  let t: TestApp;
  let a: StaffedAgency<'caseManager'>;
  let clientId: string;
  beforeAll(async () => {
    t = await startTestApp();
    a = await staffedAgency(t, { caseManager: 'CASE_MANAGER' });
    clientId = await newClient(t, a.people.admin.token);
  });
  afterAll(() => t.close());

  it('maps every @ResolveField to the context of the module that declares it', () => {
    const scanner = t.app.get(MetadataScanner);
    const declared = t.app
      .get(DiscoveryService)
      .getProviders()
      .flatMap((wrapper) => {
        const type: unknown = wrapper.metatype && Reflect.getMetadata('graphql:resolver_type', wrapper.metatype);
        if (typeof type !== 'string' || !wrapper.instance) return [];
        const prototype = Object.getPrototypeOf(wrapper.instance);
        return scanner
          .getAllMethodNames(prototype)
          .filter((method) => Reflect.getMetadata('graphql:resolve_property', prototype[method]))
          .map((method) => `${type}.${Reflect.getMetadata('graphql:resolver_name', prototype[method]) ?? method}`);
      });
    const rules = t.app.get(FieldScopes).all();
    expect(declared.length).toBeGreaterThan(50);
    expect(declared.filter((field) => !rules.has(field))).toEqual([]);
    expect([...rules].filter(([, rule]) => !('context' in rule)).map(([field]) => field)).toEqual([]);
    expect(rules.get('Client.nextTask')).toEqual({ context: 'care-plan' });
    expect(rules.get('Client.enrollments')).toEqual({ context: 'client' });
    expect(rules.get('AuditEvent.client')).toEqual({ context: 'client' });
    expect(rules.get('AuditEvent.actorName')).toEqual({ context: 'audit' });
  });

  it("refuses a client:read key another context's field on a client, through fragments too, and admits it with that context's scope", async () => {
    const clientOnly = await createApiClient(t, a.people.admin.token, { scopes: ['client:read'] });
    const withCarePlan = await createApiClient(t, a.people.admin.token, { scopes: ['client:read', 'care-plan:read'] });
    for (const query of [NEXT_TASK, NEXT_TASK_IN_FRAGMENT]) {
      const refused = await t.gql(query, { id: clientId }, { token: clientOnly.token });
      expect([query, codeOf(refused)]).toEqual([query, 'FORBIDDEN']);
      expect(refused.errors?.[0].message).toContain('care-plan:read');
      expect(refused.data?.client ?? null).toBeNull();
      expect((await ok(t.gql(query, { id: clientId }, { token: withCarePlan.token }))).id).toBe(clientId);
    }
    // The client's own fields still read with client:read alone.
    expect((await ok(t.gql(`query ($id: ID!) { client(id: $id) { id enrollments { id } } }`, { id: clientId }, { token: clientOnly.token }))).id).toBe(clientId);
  });

  it('refuses only the root field that selects the field, and a trail reader the client a trail event names', async () => {
    const clientOnly = await createApiClient(t, a.people.admin.token, { scopes: ['client:read'] });
    const both = await t.gql(`query ($id: ID!) { client(id: $id) { nextTask { title } } programs { id } }`, { id: clientId }, { token: clientOnly.token });
    expect(codeOf(both)).toBe('FORBIDDEN');
    // One error, on the root field that selected it (client is non-null, so the whole answer is null).
    expect(both.errors?.map((error) => error.path)).toEqual([['client']]);

    const trailOnly = await createApiClient(t, a.people.admin.token, { scopes: ['audit:read'] });
    const trail = await t.gql(TRAIL_WITH_CLIENT, {}, { token: trailOnly.token });
    expect(codeOf(trail)).toBe('FORBIDDEN');
    expect(trail.errors?.[0].message).toContain('client:read');
    // Who acted is part of the trail: audit:read reads it.
    expect((await t.gql(`{ auditEvents(first: 5) { edges { node { action actorName } } } }`, {}, { token: trailOnly.token })).errors).toBeUndefined();
    const trailAndClients = await createApiClient(t, a.people.admin.token, { scopes: ['audit:read', 'client:read'] });
    expect((await t.gql(TRAIL_WITH_CLIENT, {}, { token: trailAndClients.token })).errors).toBeUndefined();
  });
});
