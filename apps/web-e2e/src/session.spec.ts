import { expect, test, type Page } from '@playwright/test';
import { ADMIN, createUser, DEMO_PASSWORD, graphqlOperationName, mainNav, openSignedIn } from './support/app';
import { ACCESS_TOKEN_TTL_SECONDS, IDLE_LOCK_MINUTES } from './support/env';

const IDLE_MS = IDLE_LOCK_MINUTES * 60_000;
const LOCK_TIMEOUT = IDLE_MS + 15_000;

/** Keeps the person "active" for a while, as someone reading and moving the mouse would. */
async function stayActive(page: Page, ms: number) {
  const until = Date.now() + ms;
  let x = 10;
  while (Date.now() < until) {
    x = x === 10 ? 20 : 10;
    await page.mouse.move(x, 300);
    await page.waitForTimeout(2_000);
  }
}

test.describe('inactivity lock and session', () => {
  test('the inactivity lock keeps a half-typed form intact for the same person', async ({ page }) => {
    await openSignedIn(page, '/admin/users/new');
    await page.getByLabel('Full name').fill('Half Typed Person');
    await page.getByLabel('Email').fill('half.typed@riverside.example');

    const lock = page.getByRole('dialog', { name: 'Your screen is locked' });
    await expect(lock).toBeVisible({ timeout: LOCK_TIMEOUT });
    await expect(page.getByRole('heading', { level: 1, name: 'New user' })).toBeHidden();
    await expect(lock.getByText(`Signed in as ${ADMIN.displayName} (${ADMIN.email})`)).toBeVisible();
    expect(await page.evaluate(() => sessionStorage.getItem('waymark.refreshToken'))).toBeNull();

    await lock.getByRole('textbox', { name: 'Password' }).fill(DEMO_PASSWORD);
    await lock.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(lock).toBeHidden();
    await expect(page).toHaveURL(/\/admin\/users\/new$/);
    await expect(page.getByLabel('Full name')).toHaveValue('Half Typed Person');
    await expect(page.getByLabel('Email')).toHaveValue('half.typed@riverside.example');
    // Keyboard users carry on in the field they were typing in.
    await expect(page.getByLabel('Email')).toBeFocused();
  });

  test('an open dialog is hidden by the lock and comes back with its input', async ({ page, request }) => {
    const user = await createUser(request);
    await openSignedIn(page, `/admin/users/${user.id}`);
    await page.getByRole('button', { name: 'Reset password' }).click();
    const reset = page.getByRole('dialog', { name: `Reset the password of ${user.displayName}` });
    await reset.getByRole('textbox', { name: 'Temporary password', exact: true }).fill('half-typed-temporary');

    const lock = page.getByRole('dialog', { name: 'Your screen is locked' });
    await expect(lock).toBeVisible({ timeout: LOCK_TIMEOUT });
    await expect(reset).toBeHidden();
    await expect(page.getByRole('dialog')).toHaveCount(1);

    await lock.getByRole('textbox', { name: 'Password' }).fill(DEMO_PASSWORD);
    await lock.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(lock).toBeHidden();
    await expect(reset).toBeVisible();
    await expect(reset.getByRole('textbox', { name: 'Temporary password', exact: true })).toHaveValue('half-typed-temporary');
  });

  test('another person signing in at the lock screen starts fresh at the dashboard', async ({ page, request }) => {
    const firstAdmin = await createUser(request, { role: 'ADMIN' });
    await openSignedIn(page, '/admin/users/new', firstAdmin.email, firstAdmin.password);
    await page.getByLabel('Full name').fill('Private Draft');

    const lock = page.getByRole('dialog', { name: 'Your screen is locked' });
    await expect(lock).toBeVisible({ timeout: LOCK_TIMEOUT });
    // A slip of the finger can be undone…
    await lock.getByRole('button', { name: `Not ${firstAdmin.displayName}? Sign in as someone else` }).click();
    await lock.getByRole('button', { name: `Back to signing in as ${firstAdmin.displayName}` }).click();
    await expect(lock.getByText(`Signed in as ${firstAdmin.displayName}`)).toBeVisible();
    await expect(lock.getByRole('textbox', { name: 'Password' })).toBeFocused();
    await lock.getByRole('button', { name: `Not ${firstAdmin.displayName}? Sign in as someone else` }).click();
    await lock.getByLabel('Email').fill('casemanager@riverside.example');
    await lock.getByRole('textbox', { name: 'Password' }).fill(DEMO_PASSWORD);
    await lock.getByRole('button', { name: 'Sign in', exact: true }).click();

    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole('heading', { name: 'Welcome, Casey Manager' })).toBeVisible();
    await expect(page.getByRole('banner').getByRole('link', { name: 'My profile: Casey Manager, Case manager' })).toBeVisible();
    await expect(page.getByRole('banner').getByText(firstAdmin.displayName)).toHaveCount(0);
    await expect(mainNav(page).getByRole('link', { name: 'Admin' })).toHaveCount(0);
    await expect(page.getByText('Private Draft')).toHaveCount(0);
    const drafts = await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith('waymark.draft:')));
    expect(drafts).toEqual([]);
  });

  test('unsaved input survives a reload, and can be discarded', async ({ page }) => {
    await openSignedIn(page, '/admin/users/new');
    await page.getByLabel('Full name').fill('Reload Proof');
    await page.getByLabel('Email').fill('reload.proof@riverside.example');
    await page.getByRole('textbox', { name: 'Initial password' }).fill('never-kept-in-storage');
    await page.reload();
    await expect(page.getByText('We restored the information you had not saved yet.')).toBeVisible();
    await expect(page.getByLabel('Full name')).toHaveValue('Reload Proof');
    await expect(page.getByLabel('Email')).toHaveValue('reload.proof@riverside.example');
    await expect(page.getByRole('textbox', { name: 'Initial password' })).toHaveValue('');
    await page.getByRole('button', { name: 'Discard it' }).click();
    await expect(page.getByLabel('Full name')).toHaveValue('');
    await page.reload();
    await expect(page.getByLabel('Full name')).toHaveValue('');
  });

  test('the session is refreshed silently past the access token lifetime', async ({ page }) => {
    const refreshes: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && /mutation RefreshSession/.test(request.postData() ?? '')) refreshes.push(request.url());
    });
    await openSignedIn(page, '/dashboard', 'supervisor@riverside.example');
    await stayActive(page, (ACCESS_TOKEN_TTL_SECONDS + 8) * 1000);
    expect(refreshes.length).toBeGreaterThanOrEqual(1);
    await mainNav(page).getByRole('link', { name: 'Reports' }).click();
    await page.goto('/profile');
    await expect(page.getByText('supervisor@riverside.example')).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('a session that ends in the background shows the sign-in overlay, not the login page', async ({ page }) => {
    await openSignedIn(page, '/admin/users?q=Casey');
    await expect(page.getByRole('link', { name: 'Casey Manager' })).toBeVisible();
    await page.route('**/graphql', async (route) => {
      if (graphqlOperationName(route.request().postDataJSON()) !== 'RefreshSession') return route.fallback();
      return route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ data: null, errors: [{ message: 'Your session has ended.', extensions: { code: 'UNAUTHENTICATED' } }] }),
      });
    });
    const overlay = page.getByRole('dialog', { name: 'Your session has ended' });
    const lockedIdle = page.getByRole('dialog', { name: 'Your screen is locked' });
    await expect(async () => {
      await page.mouse.move(Math.random() * 50, 300);
      await expect(overlay.or(lockedIdle)).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: ACCESS_TOKEN_TTL_SECONDS * 1000 + 10_000 });
    await expect(overlay).toBeVisible();
    await expect(page).toHaveURL(/\/admin\/users\?q=Casey$/);

    await page.unroute('**/graphql');
    await overlay.getByRole('textbox', { name: 'Password' }).fill(DEMO_PASSWORD);
    await overlay.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(overlay).toBeHidden();
    await expect(page.getByRole('searchbox', { name: 'Search by name or email' })).toHaveValue('Casey');
    await expect(page.getByRole('link', { name: 'Casey Manager' })).toBeVisible();
  });

  test('a request rejected as unauthenticated is retried once after a refresh', async ({ page }) => {
    await openSignedIn(page, '/dashboard');
    let rejected = 0;
    const operations: string[] = [];
    await page.route('**/graphql', async (route) => {
      const name = graphqlOperationName(route.request().postDataJSON());
      operations.push(name);
      if (name === 'Users' && rejected === 0) {
        rejected++;
        return route.fulfill({
          contentType: 'application/json',
          body: JSON.stringify({ data: null, errors: [{ message: 'expired', extensions: { code: 'UNAUTHENTICATED' } }] }),
        });
      }
      return route.fallback();
    });
    await mainNav(page).getByRole('link', { name: 'Admin', exact: true }).click();
    // In the users table: the admin's dashboard links workers by name too, so a bare link could be found before leaving it.
    await expect(page.getByRole('table', { name: 'Users of your agency' }).getByRole('link', { name: 'Casey Manager' })).toBeVisible();
    expect(operations.filter((op) => op === 'Users').length).toBe(2);
    expect(operations).toContain('RefreshSession');
  });
});
