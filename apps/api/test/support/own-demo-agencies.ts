import { DEMO_AGENCIES, type DemoAgency } from '../../src/seed/demo-agencies';

/**
 * The demo agencies under this run's own slugs and e-mails, so a seed spec lives beside any
 * other seed of the same database; `clients` says how many each gets (the demo's by default).
 */
export function ownDemoAgencies(suffix: string, clients: readonly number[] = DEMO_AGENCIES.map((demo) => demo.clients)): DemoAgency[] {
  return DEMO_AGENCIES.map((demo, i) => {
    const rename = (user: DemoAgency['users'][number]) => ({ ...user, email: user.email.replace(`@${demo.slug}.`, `@${demo.slug}-${suffix}.`) });
    return { ...demo, name: `${demo.name} ${suffix}`, slug: `${demo.slug}-${suffix}`, users: demo.users.map(rename), staff: demo.staff.map(rename), clients: clients[i] ?? demo.clients };
  });
}
