import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { POLICY_KEY } from '@waymark/api/common';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
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

const PROBES_DIR = join(__dirname, 'support/probes');

/** The probes of every context: each `support/probes/*.probes.ts` exports `probes`, one call per operation. */
function allProbes(): Record<string, string> {
  const files = readdirSync(PROBES_DIR).filter((file) => file.endsWith('.probes.ts'));
  return Object.assign({}, ...files.map((file) => (require(join(PROBES_DIR, file)) as { probes: Record<string, string> }).probes));
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
    const probes = allProbes();
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
