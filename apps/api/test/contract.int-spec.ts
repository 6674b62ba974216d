import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { ErrorCode, ErrorReason, PAGE_SIZE_MAX } from '@waymark/shared/types';
import {
  type GraphQLEnumType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { PERSISTED_QUERY_NOT_FOUND } from '../src/app/format-error';
import { codeOf, newAgency, newUser, signIn, type TestAgency } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const ROOT = join(__dirname, '../../..');

/**
 * Query fields that return a plain list because what they list is bounded by construction;
 * every other list is a Relay connection. Each says why its list cannot grow without end.
 */
const BOUNDED_LISTS: Record<string, string> = {
  appointmentStaff: "the agency's active staff who carry tasks (a picker)",
  auditActors: "the agency's users (a filter picker)",
  caseloads: 'one row per worker (an aggregate)',
  chartAuditChecklist: "the agency's checklist (configuration)",
  clientAssessments: "one client's assessments",
  clientCarePlans: "one client's plan versions",
  clientConsents: "one client's releases of information",
  clientContacts: "one client's support network",
  clientDuplicates: 'the best DUPLICATE_CANDIDATES_MAX candidates',
  clientEligibilityScreens: "one client's eligibility screens",
  clientEnrollments: "one client's enrollments",
  clientProgress: "one client's goals",
  clientTasks: "one client's tasks",
  clientViewers: "one row per user who read one client's record (an aggregate)",
  closureCheck: "what blocks one enrollment's closure",
  directoryImports: 'the latest `first` imports (a capped list, not a page)',
  instruments: "the agency's assessment instruments (configuration)",
  myCarePlansInProgress: "the caller's own drafts and submitted plans",
  onCallCandidates: "the agency's active staff who carry tasks (a picker)",
  onCallRoster: 'the shifts of a window of at most ON_CALL_ROSTER_MAX_DAYS',
  overdueByWorker: 'one row per worker (an aggregate)',
  partnerAgencies: 'at most 100 agencies, narrowed by search',
  planTemplates: "the agency's plan templates (configuration)",
  programs: "the agency's programs (configuration)",
  referralStatusCounts: 'one row per referral status (an aggregate)',
  reportWorkers: "the agency's active staff who carry work (a picker)",
  taskLoads: 'one row per worker (an aggregate)',
  taxonomyTerms: "the directory's category tree (configuration, a few hundred terms)",
  workerAppointments: "one worker's calendar for a day or a week",
};

/** Mutations that add a record or replace the one there is: `version` is optional, and required (checked by the service) to replace. */
const UPSERTS: Record<string, string> = {
  setClientIdentifier: 'adds an identifier of a kind the client has none of, or replaces it',
};

/** Arguments that scope a connection to its parent record rather than filter it. */
const SCOPE_ARGS = new Set(['clientId']);

/**
 * Mutations that take no Idempotency-Key although they take no `version` either: each adds no
 * record, repeats harmlessly, or answers with a secret a replay must not show again. Every other
 * mutation either takes a `version` or is @Idempotent(), and a key sent to one of these is refused.
 */
const NO_IDEMPOTENCY_KEY: Record<string, string> = {
  breakGlass: 'a retry while the emergency access lasts is refused: the record is open already',
  changePassword: "changes the caller's password and adds no record; a retry fails on the old password",
  createApiClient: 'answers with the secret key once: a replay would show it again',
  createWebhookSubscription: 'answers with the signing secret once: a replay would show it again',
  exportAuditEvents: 'a read (recorded as an EXPORT); its CSV is not to be kept under a key',
  login: 'answers with session tokens (secrets); a retry signs in again',
  logout: 'ends the session; ending it again changes nothing',
  mergeClients: 'a retry is refused: the duplicate is merged already',
  reassignEnrollments: 'makes one worker the case manager: doing it again changes nothing',
  recordServiceCapacity: "sets the unit's open count (one row per service and unit): a retry sets the same",
  refreshSession: 'answers with new session tokens (secrets) for a refresh token that is then spent',
  revealClientIdentifier: 'a read (audited each time); adds no record',
};

const queryFields = (schema: GraphQLSchema) => Object.values(schema.getQueryType()?.getFields() ?? {});
const mutationFields = (schema: GraphQLSchema) => Object.values(schema.getMutationType()?.getFields() ?? {});
const isConnection = (field: GraphQLField<unknown, unknown>) => {
  const type = getNullableType(field.type);
  return !isListType(type) && getNamedType(type).name.endsWith('Connection');
};
const typeString = (field: { type: unknown }) => String(field.type);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return name.endsWith('.ts') && !/\.(spec|int-spec|pg-spec)\.ts$/.test(name) ? [path] : [];
  });
}

describe('the GraphQL contract keeps one shape', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    t = await startTestApp();
    schema = t.app.get(GraphQLSchemaHost).schema;
  });
  afterAll(() => t.close());

  describe('lists', () => {
    it('every list a query returns is a connection, or bounded and on the commented allow-list', () => {
      const plainLists = queryFields(schema).filter((field) => isListType(getNullableType(field.type)));
      expect(plainLists.map((field) => field.name).filter((name) => !(name in BOUNDED_LISTS))).toEqual([]);
      // The allow-list holds only fields that exist and still return lists.
      expect(Object.keys(BOUNDED_LISTS).filter((name) => !plainLists.some((field) => field.name === name))).toEqual([]);
    });

    it('every connection is `edges { cursor node }`, `pageInfo { endCursor hasNextPage }` and, where counted, `totalCount: Int!`', () => {
      const connections = Object.values(schema.getTypeMap()).filter((type): type is GraphQLObjectType => isObjectType(type) && type.name.endsWith('Connection'));
      expect(connections.length).toBeGreaterThan(10);
      const problems = connections.flatMap((connection) => {
        const fields = connection.getFields();
        const node = connection.name.replace(/Connection$/, '');
        const edge = getNamedType(fields['edges']?.type);
        const edgeFields = isObjectType(edge) ? edge.getFields() : {};
        const wrong = [
          typeString(fields['edges'] ?? { type: 'missing' }) !== `[${node}Edge!]!` && 'edges',
          typeString(edgeFields['cursor'] ?? { type: 'missing' }) !== 'String!' && 'edges.cursor',
          typeString(edgeFields['node'] ?? { type: 'missing' }) !== `${node}!` && 'edges.node',
          typeString(fields['pageInfo'] ?? { type: 'missing' }) !== 'PageInfo!' && 'pageInfo',
          fields['totalCount'] && typeString(fields['totalCount']) !== 'Int!' && 'totalCount',
        ].filter(Boolean);
        return wrong.map((part) => `${connection.name}.${part}`);
      });
      expect(problems).toEqual([]);
      expect(Object.keys((schema.getType('PageInfo') as GraphQLObjectType).getFields()).sort()).toEqual(['endCursor', 'hasNextPage']);
    });

    it('every connection pages with `first: Int!` and `after: String`, filters with `filter` and orders with `orderBy`; any other argument is a scope or deprecated', () => {
      const problems = queryFields(schema)
        .filter(isConnection)
        .flatMap((field) => {
          const args = Object.fromEntries(field.args.map((arg) => [arg.name, arg]));
          const wrong: string[] = [];
          if (typeString(args['first'] ?? { type: 'missing' }) !== 'Int!') wrong.push('first');
          if (typeString(args['after'] ?? { type: 'missing' }) !== 'String') wrong.push('after');
          for (const arg of field.args) {
            const known = ['first', 'after', 'filter', 'orderBy'].includes(arg.name) || SCOPE_ARGS.has(arg.name) || !!arg.deprecationReason;
            if (!known) wrong.push(`flat argument ${arg.name}: move it into filter (or deprecate it there)`);
          }
          return wrong.map((part) => `${field.name}: ${part}`);
        });
      expect(problems).toEqual([]);
    });

    it('every `filter` is a `<Thing>Filter` input and every `orderBy` a `<Thing>Order { field: <enum>!, direction: SortDirection! }`', () => {
      const problems = queryFields(schema)
        .filter(isConnection)
        .flatMap((field) => {
          const wrong: string[] = [];
          const filter = field.args.find((arg) => arg.name === 'filter');
          const filterType = filter && getNamedType(filter.type);
          if (filterType && (!isInputObjectType(filterType) || !filterType.name.endsWith('Filter'))) wrong.push(`filter is ${filterType.name}, not a …Filter input`);
          const orderBy = field.args.find((arg) => arg.name === 'orderBy');
          const order = orderBy && getNullableType(orderBy.type);
          if (order) {
            const fields = isInputObjectType(order) ? order.getFields() : {};
            const sortField = fields['field'] && getNullableType(fields['field'].type);
            const shaped =
              isInputObjectType(order) &&
              order.name.endsWith('Order') &&
              Object.keys(fields).sort().join() === 'direction,field' &&
              isNonNullType(fields['field'].type) &&
              isEnumType(sortField) &&
              typeString(fields['direction']) === 'SortDirection!';
            if (!shaped) wrong.push(`orderBy ${String(orderBy.type)} is not { field: <enum>!, direction: SortDirection! }`);
          }
          return wrong.map((part) => `${field.name}: ${part}`);
        });
      expect(problems).toEqual([]);
      expect((schema.getType('SortDirection') as GraphQLEnumType).getValues().map((value) => value.name)).toEqual(['ASC', 'DESC']);
    });
  });

  describe('page sizes', () => {
    /** A value of `type` that passes GraphQL's own checks, so the API's validation of `first` is what answers. */
    function sample(type: GraphQLInputType): unknown {
      if (isNonNullType(type)) return sample(type.ofType);
      if (isListType(type)) return [sample(type.ofType)];
      if (isEnumType(type)) return type.getValues()[0].value;
      if (isInputObjectType(type)) {
        return Object.fromEntries(
          Object.values(type.getFields())
            .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
            .map((field) => [field.name, sample(field.type)]),
        );
      }
      return { ID: randomUUID(), Int: 1, Float: 1, Boolean: false, DateTime: new Date().toISOString() }[getNamedType(type).name] ?? 'x';
    }

    it('every connection refuses more than PAGE_SIZE_MAX rows a page, naming `first`', async () => {
      const agency = await newAgency(t);
      // Each list is asked as the first of these its policy admits.
      const tokens = [(await signIn(t, agency.admin)).accessToken, (await signIn(t, await newUser(t, agency, 'CASE_MANAGER'))).accessToken];
      const unguarded: string[] = [];
      for (const field of queryFields(schema).filter(isConnection)) {
        const required = field.args.filter((arg) => arg.name !== 'first' && isNonNullType(arg.type) && arg.defaultValue === undefined);
        const declared = ['$first: Int!', ...required.map((arg) => `$${arg.name}: ${arg.type}`)].join(', ');
        const passed = ['first: $first', ...required.map((arg) => `${arg.name}: $${arg.name}`)].join(', ');
        const variables = Object.fromEntries([['first', PAGE_SIZE_MAX + 1], ...required.map((arg) => [arg.name, sample(arg.type)])]);
        const ask = (token: string) => t.gql(`query (${declared}) { ${field.name}(${passed}) { pageInfo { hasNextPage } } }`, variables, { token });
        let res = await ask(tokens[0]);
        if (codeOf(res) === 'FORBIDDEN') res = await ask(tokens[1]);
        const fields = (res.errors?.[0]?.extensions['fields'] ?? []) as { field: string }[];
        if (codeOf(res) !== 'BAD_USER_INPUT' || !fields.some((problem) => problem.field === 'first')) unguarded.push(`${field.name}: ${JSON.stringify(res.errors ?? res.data)}`);
      }
      expect(unguarded).toEqual([]);
    });
  });

  describe('writes', () => {
    it('every update*/set* mutation of a versioned record takes its version', () => {
      const missing = mutationFields(schema)
        .filter((field) => /^(update|set)[A-Z]/.test(field.name))
        .filter((field) => {
          const returned = getNamedType(field.type);
          return isObjectType(returned) && 'version' in returned.getFields();
        })
        .filter((field) => {
          const inputs = field.args.map((arg) => getNamedType(arg.type)).filter(isInputObjectType);
          const version = field.args.find((arg) => arg.name === 'version') ?? inputs.map((input) => input.getFields()['version']).find(Boolean);
          return !version || (!isNonNullType(version.type) && !(field.name in UPSERTS));
        })
        .map((field) => field.name);
      expect(missing).toEqual([]);
    });

    it('every mutation is @Idempotent(), takes a version, or is listed as taking no Idempotency-Key (and why)', () => {
      const takesVersion = (field: GraphQLField<unknown, unknown>) =>
        field.args.some((arg) => arg.name === 'version') ||
        field.args.map((arg) => getNamedType(arg.type)).some((input) => isInputObjectType(input) && 'version' in input.getFields());
      // The @Idempotent() decorator puts this extension on the field; the interceptor reads the same decorator.
      const idempotent = (field: GraphQLField<unknown, unknown>) => field.extensions?.['idempotent'] === true;
      const mutations = mutationFields(schema);
      expect(mutations.filter((field) => !idempotent(field) && !takesVersion(field) && !(field.name in NO_IDEMPOTENCY_KEY)).map((field) => field.name)).toEqual([]);
      // The list holds no mutation that is gone, keyed, or versioned (it would hide nothing but go stale).
      const listed = Object.keys(NO_IDEMPOTENCY_KEY).map((name) => mutations.find((field) => field.name === name));
      expect(Object.keys(NO_IDEMPOTENCY_KEY).filter((_, i) => !listed[i] || idempotent(listed[i]) || takesVersion(listed[i]))).toEqual([]);
    });

    describe('a stale version', () => {
      let agency: TestAgency;
      let admin: string;
      beforeAll(async () => {
        agency = await newAgency(t);
        admin = (await signIn(t, agency.admin)).accessToken;
      });

      it('is refused with CONFLICT and changes nothing (updateProgram, as every versioned update)', async () => {
        const CREATE = `mutation ($input: CreateProgramInput!) { createProgram(input: $input) { id version } }`;
        const UPDATE = `mutation ($input: UpdateProgramInput!) { updateProgram(input: $input) { id version name } }`;
        const created = (await t.gql(CREATE, { input: { code: 'CONTRACT', name: 'Contract test' } }, { token: admin })).data?.createProgram;
        const first = await t.gql(UPDATE, { input: { programId: created.id, version: 1, name: 'First edit' } }, { token: admin });
        expect(first.data?.updateProgram).toMatchObject({ version: 2, name: 'First edit' });
        const writes = async () => Number((await t.db.query(`SELECT count(*) FROM audit_event WHERE entity_id = $1 AND action <> 'READ'`, [created.id]))[0].count);
        const before = await writes();
        const stale = await t.gql(UPDATE, { input: { programId: created.id, version: 1, name: 'Stale edit' } }, { token: admin });
        expect(codeOf(stale)).toBe('CONFLICT');
        expect(await t.db.query(`SELECT name, version FROM program WHERE id = $1`, [created.id])).toEqual([{ name: 'First edit', version: 2 }]);
        expect(await writes()).toBe(before);
      });
    });
  });

  describe('errors', () => {
    const sources = [...sourceFiles(join(ROOT, 'libs/api')), ...sourceFiles(join(ROOT, 'apps/api/src'))].map((path) => readFileSync(path, 'utf8'));

    it('every code a DomainError is raised with is one of ErrorCode', () => {
      const codes = sources.flatMap((text) => [...text.matchAll(/(?:new DomainError|super)\(\s*([^,)]+),/g)].map((match) => match[1].trim()));
      expect(codes.length).toBeGreaterThan(5);
      const unknown = codes.filter((code) => !(code.startsWith('ErrorCode.') && code.slice('ErrorCode.'.length) in ErrorCode) && code !== 'code');
      expect(unknown).toEqual([]);
    });

    it('docs/integration.md documents the error shape, every code and every reason', () => {
      const guide = readFileSync(join(ROOT, 'docs/integration.md'), 'utf8');
      const errors = guide.slice(guide.indexOf('## Errors'));
      for (const part of ['message', 'extensions.code', 'extensions.reason', 'extensions.fields', 'extensions.retryAfterSeconds']) expect(errors).toContain(`\`${part}\``);
      const undocumented = [...Object.keys(ErrorCode), ...Object.keys(ErrorReason), PERSISTED_QUERY_NOT_FOUND].filter((name) => !errors.includes(`\`${name}\``));
      expect(undocumented).toEqual([]);
    });
  });
});
