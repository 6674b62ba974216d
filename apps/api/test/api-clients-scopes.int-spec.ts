import { PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { POLICY_KEY, type PolicyMetadata } from '@waymark/api/common';
import { OperationScopes, type OperationRule } from '@waymark/api/identity';
import { startTestApp, type TestApp } from './support/test-app';

const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';

interface Operation {
  name: string;
  rule: OperationRule;
}

/** Every non-public Query, Mutation and REST route, with what an API client needs for it. */
function operations(t: TestApp): Operation[] {
  const reflector = t.app.get(Reflector);
  const scanner = t.app.get(MetadataScanner);
  const scopes = t.app.get(OperationScopes);
  const discovery = t.app.get(DiscoveryService);
  return [...discovery.getProviders(), ...discovery.getControllers()]
    .filter((wrapper) => wrapper.instance && wrapper.metatype)
    .flatMap((wrapper) => {
      const prototype = Object.getPrototypeOf(wrapper.instance);
      return scanner.getAllMethodNames(prototype).flatMap((method) => {
        const handler = prototype[method];
        const type = Reflect.getMetadata(RESOLVER_TYPE, handler);
        const route = Reflect.getMetadata(PATH_METADATA, handler) !== undefined && !type;
        if (type !== 'Query' && type !== 'Mutation' && !route) return [];
        const policy = reflector.getAllAndOverride<PolicyMetadata | undefined>(POLICY_KEY, [handler, wrapper.metatype!]);
        if (policy?.public) return [];
        const name = route ? `${wrapper.metatype!.name}.${method}` : `${type}.${Reflect.getMetadata(RESOLVER_NAME, handler) ?? method}`;
        return [{ name, rule: scopes.rule(wrapper.metatype!, handler) }];
      });
    });
}

describe('API clients: every operation maps to a scope or is a person’s own', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('leaves no operation without a scope context or a @PersonOnly()', () => {
    const all = operations(t);
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((op) => 'unmapped' in op.rule).map((op) => op.name)).toEqual([]);
  });

  it("finds each operation's context from the module that declares it", () => {
    const rules = new Map(operations(t).map((op) => [op.name, op.rule]));
    expect(rules.get('Query.users')).toEqual({ context: 'identity' });
    expect(rules.get('Query.clients')).toEqual({ context: 'client' });
    expect(rules.get('Mutation.createClient')).toEqual({ context: 'client' });
    expect(rules.get('Query.carePlan')).toEqual({ context: 'care-plan' });
    expect(rules.get('Query.referrals')).toEqual({ context: 'referral' });
    expect(rules.get('Query.auditEvents')).toEqual({ context: 'audit' });
    expect(rules.get('Query.auditActors')).toEqual({ context: 'audit' });
    expect([...rules].filter(([name]) => name.startsWith('Query.directory')).every(([, rule]) => 'context' in rule && rule.context === 'directory')).toBe(true);
    for (const personal of [
      'Query.me',
      'Mutation.changePassword',
      'Mutation.createApiClient',
      'Mutation.createUser',
      'Mutation.breakGlass',
      'Mutation.signCaseNote',
      'Mutation.approveCarePlan',
      // The agency's access rules, a merge of two charts, a reviewer's judgment, and the trail's export (audit:write, which no key holds).
      'Mutation.updateClientSettings',
      'Mutation.mergeClients',
      'Mutation.startChartAudit',
      'Mutation.answerChartAuditItem',
      'Mutation.recordChartAuditFindings',
      'Mutation.assignCorrectiveAction',
      'Mutation.completeChartAudit',
      'Mutation.exportAuditEvents',
    ]) {
      expect([personal, rules.get(personal)]).toEqual([personal, { personOnly: true }]);
    }
  });
});
