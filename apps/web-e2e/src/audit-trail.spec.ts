import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { ADMIN, apiToken, createUser, gql, mainNav, openSignedIn } from './support/app';
import { createClient, type TestClient, uniqueTag } from './support/clients';

test.describe('the audit trail in use', () => {
  test('an auditor finds who viewed a client on its access log and exports the events to CSV', async ({ browser, page, request }) => {
    const caseManager = await createUser(request, { displayName: `Viewer Vance ${uniqueTag()}` });
    const token = await apiToken(request, caseManager.email, caseManager.password);
    const client = await createClient(request, token, { legalFirstName: 'Marisol', legalLastName: `Quintero${uniqueTag()}`, dateOfBirth: '1969-08-30' });

    // The case manager opens the record in their own browser.
    const theirs = await browser.newContext();
    const theirPage = await theirs.newPage();
    await openSignedIn(theirPage, `/clients/${client.id}`, caseManager.email, caseManager.password);
    await expect(theirPage.getByRole('heading', { name: client.displayName, level: 1 })).toBeVisible();
    await theirs.close();

    const auditor = await createUser(request, { role: 'AUDITOR' });
    await openSignedIn(page, `/clients/${client.id}`, auditor.email, auditor.password);
    await page.getByRole('tab', { name: 'Access log' }).click();
    await expect(page.getByRole('heading', { name: 'Who has looked at this record' })).toBeVisible();
    const viewers = page.getByRole('table', { name: 'Who has looked at this record' });
    await expect(viewers.getByRole('row', { name: new RegExp(caseManager.displayName) })).toBeVisible();

    await page.getByRole('link', { name: 'All events about this client' }).click();
    await expect(page.getByRole('heading', { name: 'Audit trail', level: 1 })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/audit\\?client=${client.id}`));
    const events = page.getByRole('table', { name: 'Audit trail' });
    await expect(events.getByRole('row').filter({ hasText: caseManager.displayName }).first()).toBeVisible();
    await page.getByRole('combobox', { name: 'User', exact: true }).fill(caseManager.displayName);
    await page.getByRole('option', { name: caseManager.displayName }).click();
    await expect(events.getByRole('row').nth(1)).toContainText(caseManager.displayName);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^audit-trail-.*\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe(
      'id,occurred_at,severity,action,actor_type,actor_id,actor_name,client_id,client_number,client_name,entity_type,entity_id,reason,changes,request_id,ip',
    );
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) expect(line).toContain(`,USER,${caseManager.id},${caseManager.displayName},${client.id},${client.clientNumber},${client.displayName},`);
    await expect(page.getByText(lines.length === 2 ? 'One event exported' : `${lines.length - 1} events exported`)).toBeVisible();

    // The export is itself in the trail, high severity (the auditor's own: other specs write high events in the agency meanwhile).
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page).toHaveURL(/\/audit$/);
    // The switch follows the address, which changes a moment after the click: click, then wait for it.
    const highOnly = page.getByRole('switch', { name: 'High severity only' });
    await highOnly.click();
    await expect(highOnly).toBeChecked();
    await page.getByRole('combobox', { name: 'User', exact: true }).fill(auditor.displayName);
    await page.getByRole('option', { name: auditor.displayName }).click();
    await expect(events.getByRole('row').nth(1)).toContainText('Export');
    await expect(events.getByRole('row').nth(1)).toContainText(auditor.displayName);

    await page.getByRole('button', { name: 'Verify the chain' }).click();
    await expect(page.getByRole('status').filter({ hasText: /The chain is intact/ })).toBeVisible();

    // On a tablet the trail scrolls within its table; the page itself keeps to the screen.
    await page.setViewportSize({ width: 768, height: 1024 });
    await expect(events.getByRole('row').nth(1)).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= 768)).toBe(true);
  });

  // Intake staff are refused an active client whatever the agency's settings, so this test changes none (other specs do, in parallel).
  test('intake staff break the glass on a client past intake, and the supervisor finds the review on the worklist', async ({ browser, page, request }) => {
    const admin = await apiToken(request, ADMIN.email);
    const created = await createClient(request, admin, { legalFirstName: 'Tomasz', legalLastName: `Wieczorek${uniqueTag()}`, dateOfBirth: '1981-01-09' });
    const { changeClientStatus: client } = await gql<{ changeClientStatus: TestClient }>(
      request,
      'mutation ($input: ChangeClientStatusInput!) { changeClientStatus(input: $input) { id version clientNumber displayName } }',
      { input: { clientId: created.id, version: created.version, status: 'ACTIVE' } },
      admin,
    );

    const covering = await createUser(request, { role: 'INTAKE', displayName: `Covering Cruz ${uniqueTag()}` });
    await openSignedIn(page, `/clients/${client.id}`, covering.email, covering.password);
    await expect(page.getByRole('heading', { name: 'You have no access to this record', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Emergency access' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open this record in an emergency' });
    await expect(dialog).toContainText('recorded in the audit trail as high severity');
    await expect(dialog).toContainText('the supervisors are told');
    await dialog.getByRole('button', { name: 'Open in an emergency' }).click();
    await expect(dialog.getByText('Say why you need the record now')).toBeVisible();
    const reason = `Client called the crisis line from the bus station ${uniqueTag()}`;
    await dialog.getByRole('textbox', { name: /Why must you open it now/ }).fill(reason);
    await dialog.getByRole('button', { name: 'Open in an emergency' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { name: client.displayName, level: 1 })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /Emergency access: you may read this record for (59|60) minutes more/ })).toBeVisible();

    const supervisor = await createUser(request, { role: 'SUPERVISOR' });
    const theirs = await browser.newContext();
    const supervisorPage = await theirs.newPage();
    await openSignedIn(supervisorPage, '/worklist?whose=queue', supervisor.email, supervisor.password);
    const review = supervisorPage.getByRole('article').filter({ hasText: reason });
    await expect(review).toContainText(covering.displayName);
    await expect(review).toContainText('Emergency access to review');
    await expect(review).toContainText(`Review emergency access to ${client.clientNumber}`);
    await review.getByRole('button', { name: /^Complete “/ }).click();
    const complete = supervisorPage.getByRole('dialog', { name: /^Complete “/ });
    await complete.getByRole('textbox', { name: /Note/ }).fill('Called Cruz: the crisis was real.');
    await complete.getByRole('button', { name: 'Mark as done' }).click();
    await expect(review).toBeHidden();
    await expect(mainNav(supervisorPage)).toBeVisible();
    await theirs.close();
  });
});
