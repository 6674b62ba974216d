import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Waymark-Demo-2026';

export interface DemoUser {
  email: string;
  displayName: string;
  role: string;
  roleLabel: string;
  roleLabelEs: string;
  agency: string;
}

export const RIVERSIDE = 'Riverside Community Services';
export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@riverside.example', displayName: 'Alex Admin', role: 'ADMIN', roleLabel: 'Admin', roleLabelEs: 'Administrador/a', agency: RIVERSIDE },
  { email: 'supervisor@riverside.example', displayName: 'Sam Supervisor', role: 'SUPERVISOR', roleLabel: 'Supervisor', roleLabelEs: 'Supervisor/a', agency: RIVERSIDE },
  { email: 'casemanager@riverside.example', displayName: 'Casey Manager', role: 'CASE_MANAGER', roleLabel: 'Case manager', roleLabelEs: 'Gestor/a de casos', agency: RIVERSIDE },
  { email: 'intake@riverside.example', displayName: 'Indira Intake', role: 'INTAKE', roleLabel: 'Intake', roleLabelEs: 'Admisión', agency: RIVERSIDE },
  { email: 'auditor@riverside.example', displayName: 'Aubrey Auditor', role: 'AUDITOR', roleLabel: 'Auditor', roleLabelEs: 'Auditor/a', agency: RIVERSIDE },
  { email: 'admin@lakeside.example', displayName: 'Lee Lakeside', role: 'ADMIN', roleLabel: 'Admin', roleLabelEs: 'Administrador/a', agency: 'Lakeside Family Services' },
];
export const ADMIN = DEMO_USERS[0];

/** An email no other test uses. */
export function uniqueEmail(prefix: string, domain = 'riverside.example'): string {
  return `${prefix}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}@${domain}`;
}

/** A password long and unusual enough for the API's rules. */
export function strongPassword(): string {
  return `Trail-${Math.random().toString(36).slice(2, 10)}-Marker-${Date.now().toString(36)}`;
}

export const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main navigation' });

/** Fills the sign-in form of the login page (or of the lock overlay, given its dialog). */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Opens `path`, signs in on the login page it leads to, and waits for the shell. */
export async function openSignedIn(page: Page, path: string, email = ADMIN.email, password = DEMO_PASSWORD) {
  await page.goto(path);
  await expect(page.getByRole('heading', { name: 'Sign in to Waymark' })).toBeVisible();
  await signIn(page, email, password);
  await expect(mainNav(page)).toBeVisible();
}

interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** Sends GraphQL straight to the API (to build test data fast). */
export async function gql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await request.post('/graphql', {
    data: { query, variables },
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const body = (await response.json()) as GraphQLResponse<T>;
  if (body.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

export async function apiToken(request: APIRequestContext, email: string, password = DEMO_PASSWORD): Promise<string> {
  const data = await gql<{ login: { accessToken: string } }>(
    request,
    'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { email, password } },
  );
  return data.login.accessToken;
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  displayName: string;
}

/**
 * A new user of Riverside created by the demo admin. With `ready`, the user has already
 * replaced the initial password, so signing in leads straight to the dashboard.
 */
export async function createUser(
  request: APIRequestContext,
  { role = 'CASE_MANAGER', displayName, ready = true }: { role?: string; displayName?: string; ready?: boolean } = {},
): Promise<TestUser> {
  const admin = await apiToken(request, ADMIN.email);
  const email = uniqueEmail(role.toLowerCase().replace('_', ''));
  const initial = strongPassword();
  const name = displayName ?? `Test ${role.toLowerCase().replace('_', ' ')} ${Math.random().toString(36).slice(2, 6)}`;
  const created = await gql<{ createUser: { id: string } }>(
    request,
    'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
    { input: { displayName: name, email, role, password: initial } },
    admin,
  );
  if (!ready) return { id: created.createUser.id, email, password: initial, displayName: name };
  const password = strongPassword();
  const token = await apiToken(request, email, initial);
  await gql(
    request,
    'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }',
    { input: { currentPassword: initial, newPassword: password } },
    token,
  );
  return { id: created.createUser.id, email, password, displayName: name };
}

/**
 * The name of the GraphQL operation a request carries: Apollo sends it beside a persisted hash
 * (no text), the session's own calls (sign-in, refresh) send only their text.
 */
export function graphqlOperationName(body: { operationName?: string; query?: string }): string {
  return body.operationName ?? /(?:query|mutation) (\w+)/.exec(body.query ?? '')?.[1] ?? '?';
}
