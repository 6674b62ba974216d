import { expect, test, type Page } from '@playwright/test';
import { apiToken, mainNav, openSignedIn } from './support/app';
import { createClient, setCaseManagersOpenAnyClient, uniqueTag } from './support/clients';

const SUPERVISOR = 'supervisor@riverside.example';

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Name, client number, date of birth or phone' });

test.describe('clients', () => {
  test('the header search finds a client by a misspelled name, number or birth date; Enter opens the record', async ({ page, request }) => {
    const tag = uniqueTag();
    const token = await apiToken(request, SUPERVISOR);
    const client = await createClient(request, token, { legalFirstName: 'Philomena', legalLastName: `Brightwater${tag}`, dateOfBirth: '1971-05-09' });
    await openSignedIn(page, '/dashboard', SUPERVISOR);

    await page.keyboard.press('/');
    await searchBox(page).fill(`Filomena Brightwatr${tag}`);
    await expect(page.getByRole('option', { name: new RegExp(client.displayName) })).toBeVisible();
    await searchBox(page).press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: client.displayName })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/clients/${client.id}$`));

    await page.keyboard.press('Control+K');
    await searchBox(page).fill(client.clientNumber);
    await expect(page.getByRole('option')).toHaveCount(1);
    await page.keyboard.press('Escape');

    // A date of birth as people write it; the list shows everyone born that day.
    await page.getByRole('button', { name: 'Search clients' }).click();
    await searchBox(page).fill('5/9/1971');
    await expect(page.getByRole('option', { name: new RegExp(client.displayName) })).toBeVisible();
    await page.getByRole('link', { name: 'Show all results in the client list' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
    await expect(page.getByRole('link', { name: client.displayName })).toBeVisible();
  });

  test('the client list searches and filters by risk, shows flags in the rows and keeps the filters in the address', async ({ page, request }) => {
    const tag = uniqueTag();
    const token = await apiToken(request, SUPERVISOR);
    const high = await createClient(request, token, { legalFirstName: 'Octavia', legalLastName: `Rennick${tag}`, riskLevel: 'HIGH', flags: ['CRISIS', 'DO_NOT_VISIT_ALONE'] });
    const low = await createClient(request, token, { legalFirstName: 'Bertram', legalLastName: `Rennick${tag}`, riskLevel: 'LOW' });
    await openSignedIn(page, '/clients', SUPERVISOR);

    const filters = page.getByRole('search', { name: 'Filter clients' });
    await filters.getByRole('searchbox', { name: 'Search by name, client number, date of birth or phone' }).fill(`Rennick${tag}`);
    const table = page.getByRole('table', { name: 'Clients' });
    await expect(table.getByRole('link', { name: high.displayName })).toBeVisible();
    await expect(table.getByRole('link', { name: low.displayName })).toBeVisible();
    const highRow = table.getByRole('row').filter({ hasText: high.displayName });
    await expect(highRow.getByText('High risk')).toBeVisible();
    await expect(highRow.getByText('Crisis')).toBeVisible();
    await expect(highRow.getByText('Do not visit alone')).toBeVisible();

    await filters.getByRole('combobox', { name: 'Risk' }).click();
    await page.getByRole('option', { name: 'High risk' }).click();
    await expect(table.getByRole('link', { name: low.displayName })).toHaveCount(0);
    await expect(table.getByRole('link', { name: high.displayName })).toBeVisible();
    await expect(page).toHaveURL(/risk=HIGH/);

    await page.reload();
    await expect(page.getByRole('table', { name: 'Clients' }).getByRole('link', { name: high.displayName })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Clients' }).getByRole('link', { name: low.displayName })).toHaveCount(0);

    await filters.getByRole('searchbox').fill(`Nobody${tag}`);
    await expect(page.getByText('No client matches your search and filters.')).toBeVisible();
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect(filters.getByRole('searchbox')).toBeFocused();
    await expect(page).not.toHaveURL(/risk=|q=/);
  });

  test('a case manager opens a client outside their caseload after saying why', async ({ page, request }) => {
    const admin = await apiToken(request, 'admin@lakeside.example');
    await setCaseManagersOpenAnyClient(request, admin, true);
    const tag = uniqueTag();
    const client = await createClient(request, admin, { legalFirstName: 'Winifred', legalLastName: `Ashdown${tag}`, status: 'INTAKE' });
    await openSignedIn(page, `/clients/${client.id}`, 'casemanager@lakeside.example');

    const dialog = page.getByRole('dialog', { name: 'Why do you need this record?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Open the record' }).click();
    await expect(dialog.getByText('Give a reason to open the record')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('Covering for a colleague on leave');
    await dialog.getByRole('button', { name: 'Open the record' }).click();
    await expect(page.getByRole('heading', { level: 1, name: client.displayName })).toBeVisible();

    // The reason holds for a while: the record opens again without asking.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: client.displayName })).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('an unknown client address says "Client not found"', async ({ page }) => {
    await openSignedIn(page, '/clients/00000000-0000-4000-8000-000000000000', SUPERVISOR);
    await expect(page.getByRole('heading', { level: 1, name: 'Client not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Back to clients' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  });

  test('a stale edit of the demographics gets a conflict; after a reload the edit is kept and saves', async ({ page, browser, request }) => {
    const tag = uniqueTag();
    const token = await apiToken(request, SUPERVISOR);
    const client = await createClient(request, token, { legalFirstName: 'Cornelius', legalLastName: `Hartley${tag}`, phone: '555-0100' });
    await openSignedIn(page, `/clients/${client.id}/overview`, SUPERVISOR);
    const other = await browser.newContext();
    const stale = await other.newPage();
    await openSignedIn(stale, `/clients/${client.id}/overview`, SUPERVISOR);

    await page.getByRole('button', { name: 'Edit Demographics' }).click();
    await page.getByRole('textbox', { name: 'Phone' }).fill('555-0199');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(`The record of ${client.displayName} was saved.`)).toBeVisible();

    await stale.getByRole('button', { name: 'Edit Demographics' }).click();
    await stale.getByRole('textbox', { name: 'Preferred name' }).fill('Neil');
    await stale.getByRole('button', { name: 'Save' }).click();
    await expect(stale.getByRole('alert')).toContainText('Someone else changed this client meanwhile.');
    await stale.getByRole('button', { name: 'Reload the record' }).click();
    await expect(stale.getByRole('textbox', { name: 'Phone' })).toHaveValue('555-0199');
    await expect(stale.getByRole('textbox', { name: 'Preferred name' })).toHaveValue('Neil');
    await stale.getByRole('button', { name: 'Save' }).click();
    await expect(stale.getByRole('heading', { level: 1, name: `Neil Hartley${tag}` })).toBeVisible();
    await expect(stale.getByRole('definition').filter({ hasText: '555-0199' })).toBeVisible();
    await other.close();
  });

  test('identifiers are masked; revealing one asks for a reason', async ({ page, request }) => {
    const tag = uniqueTag();
    const token = await apiToken(request, SUPERVISOR);
    const client = await createClient(request, token, {
      legalFirstName: 'Rosalind',
      legalLastName: `Marchetti${tag}`,
      identifiers: [{ kind: 'MEDICAID', value: 'MCD-99887766' }],
    });
    await openSignedIn(page, `/clients/${client.id}/overview`, SUPERVISOR);
    const identifiers = page.getByRole('region', { name: 'Identifiers' });
    await expect(identifiers.getByText('•••• 7766')).toBeVisible();
    await expect(page.getByText('MCD-99887766')).toHaveCount(0);

    await identifiers.getByRole('button', { name: 'Reveal Medicaid number' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reveal Medicaid number' });
    await dialog.getByRole('button', { name: 'Reveal' }).click();
    await expect(dialog.getByText('Give a reason')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Why do you need the full number?' }).fill('Billing the state for this month');
    await dialog.getByRole('button', { name: 'Reveal' }).click();
    await expect(dialog.getByText('MCD-99887766')).toBeVisible();
    await dialog.getByRole('button', { name: 'Hide' }).click();
    await expect(page.getByText('MCD-99887766')).toHaveCount(0);

    await identifiers.getByRole('button', { name: 'Add an identifier' }).click();
    await identifiers.getByRole('textbox', { name: 'Medicaid number' }).fill('MCD-11223344');
    await expect(identifiers.getByText('The client has one: saving replaces it.')).toBeVisible();
    await identifiers.getByRole('button', { name: 'Save' }).click();
    await expect(identifiers.getByText('•••• 3344')).toBeVisible();
  });

  test('the face sheet prints alone, with the header, flags, demographics and programs', async ({ page, request }) => {
    const tag = uniqueTag();
    const token = await apiToken(request, SUPERVISOR);
    const client = await createClient(request, token, {
      legalFirstName: 'Evangeline',
      legalLastName: `Pryce${tag}`,
      dateOfBirth: '1988-02-29',
      riskLevel: 'HIGH',
      flags: ['ALLERGY'],
      phone: '555-0142',
    });
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await openSignedIn(page, `/clients/${client.id}`, SUPERVISOR);
    await page.getByRole('button', { name: 'Print face sheet' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    await page.emulateMedia({ media: 'print' });
    const sheet = page.getByRole('article', { name: 'Client face sheet' });
    await expect(sheet).toBeVisible();
    await expect(sheet.getByRole('heading', { level: 1, name: client.displayName })).toBeVisible();
    await expect(sheet.getByText('Risk: High risk · Flags: Allergy')).toBeVisible();
    await expect(sheet.getByText('555-0142')).toBeVisible();
    await expect(sheet.getByRole('heading', { name: 'Contacts' })).toBeVisible();
    await expect(sheet.getByRole('heading', { name: 'Programs' })).toBeVisible();
    await expect(mainNav(page)).toBeHidden();
    await expect(page.getByRole('tablist')).toBeHidden();

    await page.emulateMedia({ media: 'screen' });
    await expect(sheet).toBeHidden();
    await expect(mainNav(page)).toBeVisible();
  });

  test('a supervisor merges a duplicate; its address then leads to the record that stays', async ({ page, request }) => {
    const tag = uniqueTag();
    const token = await apiToken(request, SUPERVISOR);
    const keep = await createClient(request, token, { legalFirstName: 'Leopold', legalLastName: `Vance${tag}`, dateOfBirth: '1990-10-10' });
    const duplicate = await createClient(request, token, { legalFirstName: 'Leo', legalLastName: `Vance${tag}`, dateOfBirth: '1990-10-10' });
    await openSignedIn(page, `/clients/${duplicate.id}`, SUPERVISOR);

    await page.getByRole('button', { name: 'Merge…' }).click();
    const dialog = page.getByRole('dialog', { name: `Merge ${duplicate.displayName} into another record` });
    await dialog.getByRole('textbox', { name: 'Find the record that stays' }).fill(`Vance${tag}`);
    await dialog.getByRole('radio', { name: new RegExp(keep.displayName) }).check();
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('Same person entered twice at intake');
    await dialog.getByRole('button', { name: `Merge into ${keep.displayName}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: keep.displayName })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/clients/${keep.id}$`));

    await page.goto(`/clients/${duplicate.id}/overview`);
    await expect(page).toHaveURL(new RegExp(`/clients/${keep.id}/overview$`));
    await expect(page.getByText(`Record ${duplicate.clientNumber} was merged into this one.`)).toBeVisible();
  });
});
