import { Role } from '@waymark/shared/types';
import type { DemoAgency, DemoUser } from './demo-agencies';
import { HERITAGES } from './demo-names';
import { ascii } from './plan-person';
import { Random } from './random';

/** Out of every twenty workers one supervises; out of every fifty one does intake; the others carry caseloads. */
const PER_SUPERVISOR = 20;
const PER_INTAKE = 50;

/**
 * The agency's workers when `db:seed --workers N` asks for N: its demo logins always, then its
 * named staff, then made-up colleagues (case managers mostly, with supervisors and intake staff
 * in proportion), each with an e-mail of the agency's domain. `listed` are created one by one
 * as an admin would; `more` are written in bulk.
 */
export function workersOf(demo: DemoAgency, count: number): { listed: DemoUser[]; more: DemoUser[] } {
  const listed = [...demo.users, ...demo.staff].slice(0, Math.max(count, demo.users.length));
  const extra = count - listed.length;
  if (extra <= 0) return { listed, more: [] };
  const having = (role: Role) => listed.filter((user) => user.role === role).length;
  const supervisors = Math.max(0, Math.round(count / PER_SUPERVISOR) - having(Role.SUPERVISOR));
  const intake = Math.max(0, Math.round(count / PER_INTAKE) - having(Role.INTAKE));
  const roles = Array.from({ length: extra }, (_, i) => (i < supervisors ? Role.SUPERVISOR : i < supervisors + intake ? Role.INTAKE : Role.CASE_MANAGER));
  const domain = listed[0].email.split('@')[1];
  const taken = new Set(listed.map((user) => user.email));
  const r = new Random(`waymark-staff:${demo.slug}`);
  const heritages = Object.values(HERITAGES);
  const more = roles.map((role): DemoUser => {
    const heritage = r.pick(heritages);
    const first = r.pick(r.chance(0.7) ? heritage.female : heritage.male);
    const last = r.pick(heritage.last);
    const local = `${ascii(first)}.${ascii(last)}`;
    let email = `${local}@${domain}`;
    for (let n = 2; taken.has(email); n++) email = `${local}${n}@${domain}`;
    taken.add(email);
    return { email, displayName: `${first} ${last}`, role };
  });
  return { listed, more };
}
