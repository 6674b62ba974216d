import { expect, test } from '@playwright/test';
import { createUser, graphqlOperationName, openSignedIn, signIn } from './support/app';

test.describe('sign-in errors', () => {
  test('a wrong password is said clearly, and the password field is emptied', async ({ page, request }) => {
    const user = await createUser(request);
    await page.goto('/login');
    await signIn(page, user.email, 'this-is-not-it-123');
    await expect(page.getByRole('alert')).toContainText('The email or password is not correct, or the account is not active.');
    await expect(page.getByRole('textbox', { name: 'Password' })).toHaveValue('');
    await expect(page.getByRole('textbox', { name: 'Password' })).toBeFocused();
  });

  test('a locked account says for how long; an admin can unlock it', async ({ page, browser, request }) => {
    const user = await createUser(request);
    await page.goto('/login');
    for (let attempt = 1; attempt <= 5; attempt++) {
      await signIn(page, user.email, `wrong-password-${attempt}`);
      await expect(page.getByRole('alert')).toBeVisible();
    }
    await expect(page.getByRole('alert')).toContainText('This account is locked after too many failed sign-in attempts. Try again in 15 minutes.');
    await signIn(page, user.email, user.password);
    await expect(page.getByRole('alert')).toContainText('This account is locked');

    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await openSignedIn(admin, `/admin/users/${user.id}`);
    await expect(admin.getByText('Locked', { exact: true })).toBeVisible();
    await admin.getByRole('button', { name: 'Unlock account' }).click();
    await expect(admin.getByText(`${user.displayName} was unlocked.`)).toBeVisible();
    await adminContext.close();

    await signIn(page, user.email, user.password);
    await expect(page.getByRole('heading', { name: `Welcome, ${user.displayName}` })).toBeVisible();
  });

  test('too many attempts from one address says when to try again', async ({ page }) => {
    // The API's address limit is raised for the test run; its answer is played here.
    await page.route('**/graphql', async (route) => {
      if (graphqlOperationName(route.request().postDataJSON()) !== 'Login') return route.fallback();
      return route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          data: null,
          errors: [{ message: 'Too many sign-in attempts', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 95 } }],
        }),
      });
    });
    await page.goto('/login');
    await signIn(page, 'admin@riverside.example', 'whatever-it-is');
    await expect(page.getByRole('alert')).toContainText('Too many attempts. Try again in 2 minutes.');
  });

  test('the sign-in errors are translated', async ({ page }) => {
    await page.goto('/login');
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitem', { name: 'Español' }).click();
    await page.getByLabel('Correo electrónico').fill('nobody@riverside.example');
    await page.getByRole('textbox', { name: 'Contraseña' }).fill('not-a-real-password');
    await page.getByRole('button', { name: 'Iniciar sesión', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('El correo electrónico o la contraseña no son correctos');
  });
});
