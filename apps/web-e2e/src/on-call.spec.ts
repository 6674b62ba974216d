import { expect, test } from '@playwright/test';
import { apiToken, createUser, DEMO_USERS, openSignedIn } from './support/app';
import { createClient, uniqueTag } from './support/clients';

const SUPERVISOR = DEMO_USERS[1];

/** 'YYYY-MM-DD' of the Monday `weeks` after this week's (UTC, as the browser runs in UTC here). */
function mondayIn(weeks: number): string {
  const day = new Date();
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7) + weeks * 7);
  return day.toISOString().slice(0, 10);
}

test.use({ timezoneId: 'UTC' });

test.describe('on call', () => {
  test('a supervisor adds a shift to a coming week, and a clashing one of the same tier is refused naming the first', async ({ page, request }) => {
    const tag = uniqueTag();
    const first = await createUser(request, { displayName: `Nora Okafor ${tag}` });
    const second = await createUser(request, { displayName: `Ravi Menon ${tag}` });
    // Weeks ahead of the demo roster, and a different one in each run of the suite.
    const week = mondayIn(8 + Math.floor(Math.random() * 40));
    await openSignedIn(page, `/on-call?week=${week}`, SUPERVISOR.email);
    await expect(page.getByRole('heading', { name: 'On call', level: 1 })).toBeVisible();
    const monday = page.getByRole('region', { name: /^Monday/ });
    await expect(monday.getByText('Nobody on call')).toBeVisible();

    await monday.getByRole('button', { name: /^Add a shift on Monday/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an on-call shift' });
    await dialog.getByRole('combobox', { name: 'Who is on call' }).selectOption({ label: first.displayName });
    await dialog.getByRole('textbox', { name: 'On-call phone' }).fill('555-0188');
    await dialog.getByRole('button', { name: 'Add shift' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Shift added to the roster')).toBeVisible();
    await expect(monday.getByRole('listitem').filter({ hasText: first.displayName })).toContainText('Primary');
    await expect(monday.getByRole('listitem').filter({ hasText: first.displayName })).toContainText('555-0188');

    await monday.getByRole('button', { name: /^Add a shift on Monday/ }).click();
    await dialog.getByRole('combobox', { name: 'Who is on call' }).selectOption({ label: second.displayName });
    await dialog.getByRole('button', { name: 'Add shift' }).click();
    await expect(dialog.getByText(`${first.displayName} is already on call as Primary from`)).toBeVisible();
    await expect(dialog.getByRole('textbox', { name: 'Starts' })).toBeFocused();
    await dialog.getByText('Backup', { exact: true }).click();
    await dialog.getByRole('button', { name: 'Add shift' }).click();
    await expect(dialog).toBeHidden();
    await expect(monday.getByRole('listitem').filter({ hasText: second.displayName })).toContainText('Backup');

    // Next week and back again, by keyboard.
    await page.getByRole('button', { name: 'Next week' }).press('Enter');
    await expect(page.getByRole('region', { name: /^Monday/ }).getByText(first.displayName)).toBeHidden();
    await page.getByRole('button', { name: 'Previous week' }).press('Enter');
    await expect(page.getByRole('region', { name: /^Monday/ }).getByText(first.displayName)).toBeVisible();
  });

  test('a case manager sees who is on call now and logs a call that needs their worker to follow up', async ({ page, request }) => {
    const worker = await createUser(request);
    const token = await apiToken(request, worker.email, worker.password);
    const tag = uniqueTag();
    const client = await createClient(request, token, { legalFirstName: 'Joaquin', legalLastName: `Salas${tag}`, dateOfBirth: '1979-11-02' });
    await openSignedIn(page, '/dashboard', worker.email, worker.password);
    const now = page.getByRole('region', { name: 'On call now' });
    await expect(now).toContainText('Primary');
    await expect(now.getByRole('link', { name: /^Call .* at \(555\) 010-7000$/ })).toBeVisible();
    await expect(now).toContainText(DEMO_USERS[1].displayName);

    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'On call' }).click();
    // The log is written on a tablet as well.
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.getByRole('button', { name: 'Log a call' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log an after-hours call' });
    await dialog.getByRole('combobox', { name: 'Severity' }).selectOption({ label: 'High' });
    await dialog.getByRole('textbox', { name: 'Who called' }).fill(`Rosa Díaz ${tag}`);
    await dialog.getByRole('combobox', { name: 'Their relation' }).selectOption({ label: 'Family member' });
    await expect(dialog.getByRole('checkbox', { name: 'The client’s worker must follow up' })).toBeDisabled();
    await dialog.getByRole('combobox', { name: 'Client' }).fill(`Salas${tag}`);
    await page.getByRole('option', { name: new RegExp(`Salas${tag}`) }).click();
    await dialog.getByRole('textbox', { name: 'What happened' }).fill('Her brother did not come home from the day program.');
    await dialog.getByRole('textbox', { name: 'What you did' }).fill('Called the program and the police non-emergency line; he was found at the bus station.');
    await dialog.getByRole('checkbox', { name: 'The client’s worker must follow up' }).check();
    await dialog.getByRole('button', { name: 'Log the call' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Call logged')).toBeVisible();

    const call = page.getByRole('article', { name: `Rosa Díaz ${tag} (Family member)` });
    await expect(call).toContainText('Awaiting follow-up');
    await expect(call).toContainText('High');
    await expect(call.getByRole('link', { name: new RegExp(client.displayName) })).toBeVisible();
    await expect(call).toContainText(`taken by ${worker.displayName}`);
    const awaiting = page.getByRole('switch', { name: 'Awaiting follow-up only' });
    await awaiting.click();
    await expect(awaiting).toBeChecked();
    await expect(page).toHaveURL(/followUp=open/);
    await expect(call).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
  });
});
