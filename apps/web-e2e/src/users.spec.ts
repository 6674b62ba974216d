import { expect, test, type Page } from '@playwright/test';
import { createUser, mainNav, openSignedIn, signIn, strongPassword, uniqueEmail } from './support/app';

async function chooseRole(page: Page, label: string, role: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: role, exact: true }).click();
}

test.describe('admin: users', () => {
  test('an admin creates a user, who signs in and must choose a new password', async ({ page }) => {
    const email = uniqueEmail('new.supervisor');
    const name = `Nora New ${Date.now().toString(36)}`;
    const initial = strongPassword();
    await openSignedIn(page, '/admin/users');
    await page.getByRole('link', { name: 'New user' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New user' })).toBeVisible();
    await page.getByLabel('Full name').fill(name);
    await page.getByLabel('Email').fill(email);
    await chooseRole(page, 'Role', 'Supervisor');
    await page.getByRole('textbox', { name: 'Initial password' }).fill(initial);
    await page.getByRole('button', { name: 'Create user' }).click();

    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByText(`${name} can now sign in.`)).toBeVisible();
    await expect(page.getByText('Must change password')).toBeVisible();

    // The same email cannot be used twice.
    await page.goto('/admin/users/new');
    await page.getByLabel('Full name').fill('Someone Else');
    await page.getByLabel('Email').fill(email);
    await page.getByRole('textbox', { name: 'Initial password' }).fill(strongPassword());
    await page.getByRole('button', { name: 'Create user' }).click();
    await expect(page.getByText('A user with this email already exists.')).toBeVisible();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, email, initial);
    await expect(page).toHaveURL(/\/profile$/);
    await expect(page.getByText('Your administrator gave you a temporary password.')).toBeVisible();
    await expect(page.getByRole('banner').getByText('Supervisor', { exact: true })).toBeVisible();

    // Other pages wait until the password is changed.
    await mainNav(page).getByRole('link', { name: 'Clients' }).click();
    await expect(page).toHaveURL(/\/profile$/);

    const form = page.getByRole('region', { name: 'Change password' });
    await form.getByRole('textbox', { name: 'Current password' }).fill(initial);
    await form.getByRole('textbox', { name: 'New password', exact: true }).fill('short');
    await form.getByRole('textbox', { name: 'Confirm new password' }).fill('short');
    await form.getByRole('button', { name: 'Change password' }).click();
    await expect(form.getByText('Use at least 12 characters')).toBeVisible();

    await form.getByRole('textbox', { name: 'New password', exact: true }).fill('password1234');
    await form.getByRole('textbox', { name: 'Confirm new password' }).fill('password1234');
    await form.getByRole('button', { name: 'Change password' }).click();
    await expect(form.getByText('This password is too common or too easy to guess. Choose another one.')).toBeVisible();

    const chosen = strongPassword();
    await form.getByRole('textbox', { name: 'New password', exact: true }).fill(chosen);
    await form.getByRole('textbox', { name: 'Confirm new password' }).fill(chosen);
    await form.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByText('Your password was changed.')).toBeVisible();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole('heading', { name: `Welcome, ${name}` })).toBeVisible();

    // And the new password is the one that works from now on.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, email, chosen);
    await expect(page.getByRole('heading', { name: `Welcome, ${name}` })).toBeVisible();
  });

  test('a wrong current password is said clearly on My profile', async ({ page, request }) => {
    const user = await createUser(request);
    await openSignedIn(page, '/profile', user.email, user.password);
    const form = page.getByRole('region', { name: 'Change password' });
    await form.getByRole('textbox', { name: 'Current password' }).fill('not-my-password-at-all');
    const next = strongPassword();
    await form.getByRole('textbox', { name: 'New password', exact: true }).fill(next);
    await form.getByRole('textbox', { name: 'Confirm new password' }).fill(next);
    await form.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByText('Your current password is not correct.')).toBeVisible();
    await expect(mainNav(page)).toBeVisible();
  });

  test('an admin changes a role, deactivates, reactivates and resets the password of a user', async ({ page, browser, request }) => {
    const user = await createUser(request, { role: 'INTAKE' });
    await openSignedIn(page, `/admin/users/${user.id}`);
    await expect(page.getByRole('heading', { level: 1, name: user.displayName })).toBeVisible();

    await chooseRole(page, 'Role', 'Auditor');
    await page.getByRole('button', { name: 'Save role' }).click();
    await expect(page.getByText(`${user.displayName} is now Auditor.`)).toBeVisible();

    await page.getByRole('button', { name: 'Deactivate user' }).click();
    const confirm = page.getByRole('dialog', { name: `Deactivate ${user.displayName}?` });
    await confirm.getByRole('button', { name: 'Deactivate' }).click();
    await expect(page.getByText(`${user.displayName} was deactivated.`)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reactivate user' })).toBeVisible();

    // A deactivated person cannot sign in.
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await otherPage.goto('/login');
    await signIn(otherPage, user.email, user.password);
    await expect(otherPage.getByRole('alert')).toContainText('The email or password is not correct, or the account is not active.');

    // Deactivated users show only when asked for.
    await page.goto(`/admin/users?q=${encodeURIComponent(user.displayName)}`);
    await expect(page.getByText('No users found')).toBeVisible();
    await page.getByLabel('Show deactivated users').check();
    await expect(page.getByRole('link', { name: user.displayName })).toBeVisible();
    await page.getByRole('link', { name: user.displayName }).click();

    await page.getByRole('button', { name: 'Reactivate user' }).click();
    await expect(page.getByText(`${user.displayName} can sign in again.`)).toBeVisible();

    const temporary = strongPassword();
    await page.getByRole('button', { name: 'Reset password' }).click();
    const reset = page.getByRole('dialog', { name: `Reset the password of ${user.displayName}` });
    await reset.getByRole('textbox', { name: 'Temporary password', exact: true }).fill(temporary);
    await reset.getByRole('textbox', { name: 'Confirm temporary password' }).fill(temporary);
    await reset.getByRole('button', { name: 'Reset password' }).click();
    await expect(page.getByText(`The password of ${user.displayName} was reset.`)).toBeVisible();
    await expect(page.getByText('Must change password')).toBeVisible();

    await signIn(otherPage, user.email, temporary);
    await expect(otherPage).toHaveURL(/\/profile$/);
    await expect(otherPage.getByRole('banner').getByText('Auditor', { exact: true })).toBeVisible();
    await other.close();
  });

  test('a stale edit gets a clear conflict message and a way to reload', async ({ page, browser, request }) => {
    const user = await createUser(request, { role: 'CASE_MANAGER' });
    await openSignedIn(page, `/admin/users/${user.id}`);
    const second = await browser.newContext();
    const stale = await second.newPage();
    await openSignedIn(stale, `/admin/users/${user.id}`);

    await chooseRole(page, 'Role', 'Supervisor');
    await page.getByRole('button', { name: 'Save role' }).click();
    await expect(page.getByText(`${user.displayName} is now Supervisor.`)).toBeVisible();

    await chooseRole(stale, 'Role', 'Intake');
    await stale.getByRole('button', { name: 'Save role' }).click();
    await expect(stale.getByRole('alert')).toContainText('Someone else changed this user in the meantime.');
    await stale.getByRole('button', { name: 'Reload user' }).click();
    await expect(stale.getByRole('definition').filter({ hasText: 'Supervisor' })).toBeVisible();
    await chooseRole(stale, 'Role', 'Intake');
    await stale.getByRole('button', { name: 'Save role' }).click();
    await expect(stale.getByText(`${user.displayName} is now Intake.`)).toBeVisible();
    await second.close();
  });

  test('the user list searches by name and filters by role', async ({ page, request }) => {
    const tag = Math.random().toString(36).slice(2, 8);
    const auditor = await createUser(request, { role: 'AUDITOR', displayName: `Quill ${tag} Auditor` });
    const intake = await createUser(request, { role: 'INTAKE', displayName: `Quill ${tag} Intake` });
    await openSignedIn(page, '/admin/users');
    await page.getByRole('searchbox', { name: 'Search by name or email' }).fill(`Quill ${tag}`);
    await expect(page.getByRole('link', { name: auditor.displayName })).toBeVisible();
    await expect(page.getByRole('link', { name: intake.displayName })).toBeVisible();
    await expect(page.getByText('2 users')).toBeVisible();
    await chooseRole(page, 'Role', 'Intake');
    await expect(page.getByRole('link', { name: auditor.displayName })).toHaveCount(0);
    await expect(page.getByRole('link', { name: intake.displayName })).toBeVisible();
    await expect(page).toHaveURL(/role=INTAKE/);
    await page.getByRole('searchbox', { name: 'Search by name or email' }).fill(`nobody-${tag}`);
    await expect(page.getByText('No users match your search.')).toBeVisible();
    await page.getByRole('button', { name: 'Clear search and role' }).click();
    await expect(page.getByRole('searchbox', { name: 'Search by name or email' })).toBeFocused();
    await expect(page.getByRole('searchbox', { name: 'Search by name or email' })).toHaveValue('');
    await expect(page.getByRole('link', { name: auditor.displayName })).toBeVisible();
    await expect(page).not.toHaveURL(/role=|q=/);
  });

  test('a failed search shows the error, not the rows of the previous search', async ({ page }) => {
    await openSignedIn(page, '/admin/users');
    await expect(page.getByRole('link', { name: 'Casey Manager' })).toBeVisible();
    await page.route('**/graphql', (route) => (/"operationName":"Users"/.test(route.request().postData() ?? '') ? route.abort('failed') : route.fallback()));
    await page.getByRole('searchbox', { name: 'Search by name or email' }).fill('Casey');
    await expect(page.getByRole('alert').getByText('We cannot reach Waymark.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Casey Manager' })).toHaveCount(0);
    await page.unroute('**/graphql');
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('link', { name: 'Casey Manager' })).toBeVisible();
  });

  test('a failed "Load more" is said below the rows, which stay', async ({ page }) => {
    // Pretend there is a next page, and let the request for it fail.
    await page.route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      if (!/"operationName":"Users"/.test(body)) return route.fallback();
      if (/"after":"/.test(body)) return route.abort('failed');
      const response = await route.fetch();
      const json = await response.json();
      json.data.users.pageInfo = { ...json.data.users.pageInfo, hasNextPage: true, endCursor: 'next-page' };
      return route.fulfill({ response, json });
    });
    await openSignedIn(page, '/admin/users');
    await page.getByRole('button', { name: 'Load more' }).click();
    await expect(page.getByRole('alert').getByText('We cannot reach Waymark.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Casey Manager' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Load more' })).toBeEnabled();
  });

  test('an unknown or mistyped user address says "User not found"', async ({ page }) => {
    await openSignedIn(page, '/admin/users/00000000-0000-4000-8000-000000000000');
    await expect(page.getByRole('heading', { level: 1, name: 'User not found' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    await page.goto('/admin/users/not-a-user');
    await expect(page.getByRole('heading', { level: 1, name: 'User not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Back to users' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  });
});
