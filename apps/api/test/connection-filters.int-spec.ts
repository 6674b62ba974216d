import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { NoDeprecatedCustomRule, parse, validate } from 'graphql';
import { CREATE_TASK, MY_TASKS, TASK_FIELDS } from './support/care-plan-worklist-fixtures';
import { daysFromToday, ok, staffedAgency, type StaffedAgency, takeIn } from './support/client-fixtures';
import { codeOf, newUser } from './support/factories';
import { type GqlResult, startTestApp, type TestApp } from './support/test-app';

/** The client list as an integrator asks it now: `filter` and `orderBy`, one input each. */
const CLIENTS = `query ($filter: ClientFilter, $orderBy: ClientOrder, $first: Int, $after: String) {
  clients(filter: $filter, orderBy: $orderBy, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id displayName } } }
}`;
/** …and as it was asked before: flat criteria, deprecated but still answered. */
const CLIENTS_FLAT = `query ($search: String, $status: [ClientStatus!], $riskLevel: RiskLevel, $sort: ClientSort, $orderBy: ClientOrder, $filter: ClientFilter) {
  clients(search: $search, status: $status, riskLevel: $riskLevel, sort: $sort, orderBy: $orderBy, filter: $filter, first: 100) { totalCount edges { node { id displayName } } }
}`;
const USERS = `query ($filter: UserFilter, $orderBy: UserOrder, $first: Int, $after: String) {
  users(filter: $filter, orderBy: $orderBy, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id displayName email } } }
}`;
const USERS_FLAT = `query ($search: String, $role: Role, $includeInactive: Boolean! = false, $filter: UserFilter) {
  users(search: $search, role: $role, includeInactive: $includeInactive, filter: $filter, first: 100) { totalCount edges { node { id displayName email } } }
}`;
const MY_TASKS_NOW = `query ($filter: MyTaskFilter, $orderBy: TaskOrder, $first: Int, $after: String) {
  myTasks(filter: $filter, orderBy: $orderBy, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${TASK_FIELDS} } } }
}`;

type Page = { totalCount: number; pageInfo?: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Record<string, string> }[] };
const field = (name: string) => (page: Page) => page.edges.map((edge) => edge.node[name]);
const names = field('displayName');
const fieldsOf = (res: GqlResult) => ((res.errors?.[0]?.extensions['fields'] ?? []) as { field: string }[]).map((problem) => problem.field);

describe('connections filter with one `filter` input and order with `orderBy { field, direction }`', () => {
  let t: TestApp;
  let staffed: StaffedAgency<'caseManager'>;
  const as = (who: 'admin' | 'caseManager') => staffed.as(who);

  beforeAll(async () => {
    t = await startTestApp();
    staffed = await staffedAgency(t, { caseManager: 'CASE_MANAGER' });
    const admin = staffed.people.admin.token;
    await takeIn(t, admin, { legalFirstName: 'Maria', legalLastName: 'Garcia', riskLevel: 'HIGH' });
    await takeIn(t, admin, { legalFirstName: 'Mario', legalLastName: 'Garza' });
    await takeIn(t, admin, { legalFirstName: 'Ana', legalLastName: 'Lopez', riskLevel: 'HIGH' });
    await takeIn(t, admin, { legalFirstName: 'Wei', legalLastName: 'Chen', status: 'INQUIRY' });
    for (const role of ['SUPERVISOR', 'INTAKE', 'CASE_MANAGER'] as const) await newUser(t, staffed.agency, role);
  });
  afterAll(() => t.close());

  it('the SPA uses nothing the schema deprecates, such as the flat filter arguments (its persisted operations, as codegen wrote them)', () => {
    const manifest: Record<string, string> = JSON.parse(readFileSync(join(__dirname, '../../../libs/web/core/src/gql/persisted-documents.json'), 'utf8'));
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const uses = Object.values(manifest).flatMap((text) => validate(schema, parse(text), [NoDeprecatedCustomRule]).map((error) => error.message));
    expect(uses).toEqual([]);
  });

  describe('clients', () => {
    it('filter gives the rows the flat arguments gave, and each client listed is an audited read', async () => {
      for (const criteria of [{ riskLevel: 'HIGH' }, { status: ['INQUIRY'] }, { search: 'garsia maria' }, { search: 'Garza', riskLevel: 'HIGH' }]) {
        const flat = await ok<Page>(as('admin')(CLIENTS_FLAT, criteria));
        const filtered = await ok<Page>(as('admin')(CLIENTS, { filter: criteria, first: 100 }));
        expect(names(filtered)).toEqual(names(flat));
        expect(filtered.totalCount).toBe(flat.totalCount);
      }
      const high = await ok<Page>(as('admin')(CLIENTS, { filter: { riskLevel: 'HIGH' } }));
      expect(names(high)).toEqual(['Maria Garcia', 'Ana Lopez']);
      const audited = await t.db.query(`SELECT DISTINCT client_id FROM audit_event WHERE entity_type = 'ClientList' AND client_id = ANY($1)`, [field('id')(high)]);
      expect(audited).toHaveLength(2);
    });

    it('orderBy runs both ways, page after page; the deprecated sort means the orderBy it names', async () => {
      const ascending = names(await ok<Page>(as('admin')(CLIENTS, { orderBy: { field: 'NAME', direction: 'ASC' }, first: 100 })));
      expect(ascending).toEqual(['Wei Chen', 'Maria Garcia', 'Mario Garza', 'Ana Lopez']);
      const firstPage = await ok<Page>(as('admin')(CLIENTS, { orderBy: { field: 'NAME', direction: 'DESC' }, first: 3 }));
      const rest = await ok<Page>(as('admin')(CLIENTS, { orderBy: { field: 'NAME', direction: 'DESC' }, first: 3, after: firstPage.pageInfo?.endCursor }));
      expect([...names(firstPage), ...names(rest)]).toEqual([...ascending].reverse());
      expect(rest.pageInfo?.hasNextPage).toBe(false);

      const recent = await ok<Page>(as('admin')(CLIENTS_FLAT, { sort: 'RECENT' }));
      expect(names(await ok<Page>(as('admin')(CLIENTS, { orderBy: { field: 'UPDATED_AT', direction: 'DESC' }, first: 100 })))).toEqual(names(recent));
      expect(names(recent)[0]).toBe('Wei Chen');
      // A cursor names its order: one from NAME DESC does not page NAME ASC.
      const misread = await as('admin')(CLIENTS, { orderBy: { field: 'NAME', direction: 'ASC' }, after: firstPage.pageInfo?.endCursor });
      expect(codeOf(misread)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(misread)).toEqual(['after']);
    });

    it('refuses a bad filter value, and filter or orderBy mixed with the flat arguments they replace, naming the field', async () => {
      const badId = await as('admin')(CLIENTS, { filter: { programId: 'not-an-id' } });
      expect(codeOf(badId)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(badId)).toEqual(['filter.programId']);
      const tooLong = await as('admin')(CLIENTS, { filter: { search: 'x'.repeat(1000) } });
      expect(codeOf(tooLong)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(tooLong)).toEqual(['filter.search']);

      const mixed = await as('admin')(CLIENTS_FLAT, { filter: { status: ['ACTIVE'] }, riskLevel: 'HIGH' });
      expect(codeOf(mixed)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(mixed)).toEqual(['riskLevel']);
      const bothOrders = await as('admin')(CLIENTS_FLAT, { sort: 'NAME', orderBy: { field: 'NAME', direction: 'ASC' } });
      expect(codeOf(bothOrders)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(bothOrders)).toEqual(['sort']);
    });
  });

  describe('users', () => {
    it('filter gives the rows the flat arguments gave', async () => {
      for (const criteria of [{ role: 'INTAKE' }, { search: 'case_manager' }, { search: 'test.example', role: 'SUPERVISOR' }, {}]) {
        const flat = await ok<Page>(as('admin')(USERS_FLAT, criteria));
        const filtered = await ok<Page>(as('admin')(USERS, { filter: criteria, first: 100 }));
        expect(field('id')(filtered)).toEqual(field('id')(flat));
      }
      expect((await ok<Page>(as('admin')(USERS, { filter: { role: 'INTAKE' } }))).totalCount).toBe(1);
    });

    it('orderBy runs both ways by name or e-mail, page after page', async () => {
      // NAME ASC is the order the list always had (the database's collation), so the default.
      const byName = names(await ok<Page>(as('admin')(USERS, { first: 100 })));
      expect(names(await ok<Page>(as('admin')(USERS, { orderBy: { field: 'NAME', direction: 'ASC' }, first: 100 })))).toEqual(byName);
      expect(byName).toHaveLength(5);
      const firstPage = await ok<Page>(as('admin')(USERS, { orderBy: { field: 'NAME', direction: 'DESC' }, first: 2 }));
      const rest = await ok<Page>(as('admin')(USERS, { orderBy: { field: 'NAME', direction: 'DESC' }, first: 100, after: firstPage.pageInfo?.endCursor }));
      expect([...names(firstPage), ...names(rest)]).toEqual([...byName].reverse());
      const byEmail = field('email')(await ok<Page>(as('admin')(USERS, { orderBy: { field: 'EMAIL', direction: 'ASC' }, first: 100 })));
      expect(byEmail[0]).toMatch(/^admin-/);
      expect(field('email')(await ok<Page>(as('admin')(USERS, { orderBy: { field: 'EMAIL', direction: 'DESC' }, first: 100 })))).toEqual([...byEmail].reverse());
    });

    it('refuses a bad filter or order value', async () => {
      const tooLong = await as('admin')(USERS, { filter: { search: 'x'.repeat(1000) } });
      expect(codeOf(tooLong)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(tooLong)).toEqual(['filter.search']);
      expect(codeOf(await as('admin')(USERS, { orderBy: { field: 'AGE', direction: 'ASC' } }))).toBe('BAD_USER_INPUT');
      // The deprecated flat argument keeps the filter field's checks.
      const flatTooLong = await as('admin')(USERS_FLAT, { search: 'x'.repeat(1000) });
      expect(codeOf(flatTooLong)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(flatTooLong)).toEqual(['search']);
    });
  });

  describe('myTasks', () => {
    beforeAll(async () => {
      for (const days of [4, 1, 3, 2, 30]) await ok(as('caseManager')(CREATE_TASK, { input: { title: `In ${days} days`, dueOn: daysFromToday(days) } }));
    });
    const titles = field('title');

    it('filter gives the rows the flat arguments gave', async () => {
      for (const criteria of [{ timing: 'UPCOMING' }, { dueWithinDays: 3 }, { kinds: ['MANUAL'], dueWithinDays: 7 }]) {
        const flat = await ok<Page>(as('caseManager')(MY_TASKS, { ...criteria, first: 100 }));
        const filtered = await ok<Page>(as('caseManager')(MY_TASKS_NOW, { filter: criteria, first: 100 }));
        expect(titles(filtered)).toEqual(titles(flat));
      }
      expect(titles(await ok<Page>(as('caseManager')(MY_TASKS_NOW, { filter: { dueWithinDays: 3 } })))).toEqual(['In 1 days', 'In 2 days', 'In 3 days']);
    });

    it('orderBy runs both ways, page after page', async () => {
      const soonest = titles(await ok<Page>(as('caseManager')(MY_TASKS_NOW, { orderBy: { field: 'DUE_ON', direction: 'ASC' }, first: 100 })));
      expect(soonest).toEqual(['In 1 days', 'In 2 days', 'In 3 days', 'In 4 days', 'In 30 days']);
      const firstPage = await ok<Page>(as('caseManager')(MY_TASKS_NOW, { orderBy: { field: 'DUE_ON', direction: 'DESC' }, first: 2 }));
      const rest = await ok<Page>(as('caseManager')(MY_TASKS_NOW, { orderBy: { field: 'DUE_ON', direction: 'DESC' }, first: 100, after: firstPage.pageInfo?.endCursor }));
      expect([...titles(firstPage), ...titles(rest)]).toEqual([...soonest].reverse());
    });

    it('refuses a bad filter value and a filter mixed with the flat arguments', async () => {
      const tooFar = await as('caseManager')(MY_TASKS_NOW, { filter: { dueWithinDays: 100000 } });
      expect(codeOf(tooFar)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(tooFar)).toEqual(['filter.dueWithinDays']);
      const mixed = await t.gql(`query { myTasks(filter: { timing: OVERDUE }, dueWithinDays: 3) { totalCount } }`, {}, { token: staffed.people.caseManager.token });
      expect(codeOf(mixed)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(mixed)).toEqual(['dueWithinDays']);
    });
  });
});
