import { randomUUID } from 'node:crypto';
import { AgencyService, UserService } from '@waymark/api/identity';
import { RequestContext } from '@waymark/api/common';
import { ActorType, type Role } from '@waymark/shared/types';
import { ClsService } from 'nestjs-cls';
import type { TestApp } from './test-app';

/** A password that passes the rules; every test user has it unless a test says otherwise. */
export const PASSWORD = 'Correct-Horse-Battery-Staple-9';

export interface TestUser {
  id: string;
  email: string;
  role: Role;
  agencyId: string;
}

export interface TestAgency {
  id: string;
  admin: TestUser;
}

/** A fresh agency with its first admin, through the same service the CLI uses. */
export async function newAgency(t: TestApp): Promise<TestAgency> {
  const suffix = randomUUID().slice(0, 8);
  const email = `admin-${suffix}@agency-${suffix}.test`;
  const { agencyId, adminId } = await t.app.get(ClsService).run(() =>
    t.app.get(AgencyService).createWithAdmin({
      name: `Agency ${suffix}`,
      slug: `agency-${suffix}`,
      admin: { email, displayName: `Admin ${suffix}`, password: PASSWORD, mustChangePassword: false },
    }),
  );
  return { id: agencyId, admin: { id: adminId, email, role: 'ADMIN', agencyId } };
}

/** A user of the agency, created as its admin would create them (but with no forced password change). */
export async function newUser(t: TestApp, agency: TestAgency, role: Role, options: { mustChangePassword?: boolean } = {}): Promise<TestUser> {
  const suffix = randomUUID().slice(0, 8);
  const email = `${role.toLowerCase()}-${suffix}@test.example`;
  const user = await t.app.get(ClsService).run(() => {
    t.app.get(RequestContext).setPrincipal({
      actorType: ActorType.USER,
      id: agency.admin.id,
      agencyId: agency.id,
      role: 'ADMIN',
      sessionId: agency.admin.id,
      mustChangePassword: false,
    });
    return t.app
      .get(UserService)
      .create({ email, displayName: `${role} ${suffix}`, role, password: PASSWORD }, { mustChangePassword: options.mustChangePassword ?? false });
  });
  return { id: user.id, email, role, agencyId: agency.id };
}

export const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(input: { email: $email, password: $password }) { accessToken accessTokenExpiresAt refreshToken user { id role mustChangePassword version } }
}`;

export const REFRESH = `mutation Refresh($token: String!) { refreshSession(refreshToken: $token) { accessToken refreshToken } }`;

export interface Session {
  accessToken: string;
  refreshToken: string;
}

/** Signs in over HTTP and returns the tokens; fails the test if sign-in fails. */
export async function signIn(t: TestApp, user: { email: string }, password = PASSWORD): Promise<Session> {
  const res = await t.gql<{ login: Session }>(LOGIN, { email: user.email, password });
  if (!res.data?.login) throw new Error(`sign-in failed for ${user.email}: ${JSON.stringify(res.errors)}`);
  return res.data.login;
}

export function codeOf(res: { errors?: { extensions: { code: string } }[] }): string | undefined {
  return res.errors?.[0]?.extensions.code;
}
