import { expect, test } from '@playwright/test';
import { mainNav, openSignedIn } from './support/app';
import { uniqueTag } from './support/clients';

test.describe('admin: API clients', () => {
  test('an admin creates a key, copies the token shown once, and a call with it answers within its scopes', async ({ page, request, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const name = `County EHR ${uniqueTag()}`;
    await openSignedIn(page, '/');
    await mainNav(page).getByRole('link', { name: 'API clients' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'API clients' })).toBeVisible();
    await page.getByRole('button', { name: 'New API client' }).click();
    const form = page.getByRole('form', { name: 'New API client' });
    await form.getByRole('button', { name: 'Create API client' }).click();
    await expect(form.getByText('Choose at least one scope')).toBeVisible();
    await form.getByRole('textbox', { name: 'Name' }).fill(name);
    await form.getByRole('checkbox', { name: 'Read Clients' }).check();
    await form.getByRole('textbox', { name: 'Allowed addresses' }).fill('127.0.0.1\n::1');
    await form.getByRole('button', { name: 'Create API client' }).click();

    const dialog = page.getByRole('dialog', { name: 'API token' });
    await expect(dialog.getByRole('alert')).toContainText('shown only this once');
    await dialog.getByRole('button', { name: 'Copy token' }).click();
    await expect(dialog.getByRole('button', { name: 'Copied' })).toBeVisible();
    const token = (await page.evaluate(() => navigator.clipboard.readText())).trim();
    expect(token).toMatch(/^wmk_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$/);
    await expect(dialog.getByTestId('api-client-token')).toHaveText(token);
    await dialog.getByRole('button', { name: 'I have saved it' }).click();
    await expect(dialog).toBeHidden();
    // Shown once: nowhere on the page once the dialog is closed.
    await expect(page.getByText(token)).toHaveCount(0);
    const row = page.getByTestId('api-client').filter({ hasText: name });
    await expect(row).toContainText('Active');
    await expect(row).toContainText('client:read');
    await expect(row).toContainText('Never');

    // A curl-like call with the token.
    const call = (query: string) => request.post('/graphql', { data: { query }, headers: { authorization: `Bearer ${token}` } }).then((res) => res.json());
    const clients = await call('{ clients(first: 1) { pageInfo { hasNextPage } } }');
    expect(clients.errors).toBeUndefined();
    expect(clients.data.clients.pageInfo).toBeDefined();
    const referrals = await call('{ referrals(filter: { box: SENT }) { pageInfo { hasNextPage } } }');
    expect(referrals.errors[0].extensions.code).toBe('FORBIDDEN');

    // The list says it was used; revoking it (after a confirmation) stops it.
    await page.reload();
    await expect(row).not.toContainText('Never');
    await row.getByRole('button', { name: `Revoke: ${name}` }).click();
    const confirm = page.getByRole('dialog', { name: `Revoke ${name}?` });
    await confirm.getByRole('button', { name: 'Revoke key' }).click();
    await expect(row).toHaveCount(0);
    expect((await call('{ clients(first: 1) { pageInfo { hasNextPage } } }')).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    await page.getByRole('switch', { name: 'Show revoked keys' }).check();
    await expect(row).toContainText('Revoked');
  });

  test('in Spanish on a tablet, the form and its scopes read in Spanish', async ({ page }) => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await openSignedIn(page, '/admin/api-clients');
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitem', { name: 'Español' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Clientes de API' })).toBeVisible();
    await page.getByRole('button', { name: 'Nuevo cliente de API' }).click();
    const form = page.getByRole('form', { name: 'Nuevo cliente de API' });
    await expect(form.getByRole('checkbox', { name: 'Escribir Derivaciones' })).toBeVisible();
    await form.getByRole('button', { name: 'Cancelar' }).click();
    await expect(form).toBeHidden();
  });
});
