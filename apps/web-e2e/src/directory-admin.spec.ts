import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { apiToken, createUser, gql, mainNav, openSignedIn, type TestUser } from './support/app';
import { uniqueTag } from './support/clients';

/**
 * Four services of one organization; the third's location lies at latitude 123.5, which no place on Earth has,
 * and the fourth's website is a javascript: address, which the import refuses.
 */
const FIXTURE = join(__dirname, '../fixtures/directory-import.hsds.json');

/**
 * The test server locks the screen after seconds without input (support/env.ts); an import or a
 * save on a busy machine can take longer. The admin signs back in and carries on where they were,
 * as the lock allows (the lock itself is the session spec's subject).
 */
async function signBackInWhenLocked(page: Page, user: TestUser) {
  const lock = page.getByRole('dialog', { name: 'Your screen is locked' });
  await page.addLocatorHandler(lock, async () => {
    await lock.getByRole('textbox', { name: 'Password' }).fill(user.password);
    await lock.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(lock).toBeHidden();
  });
}

test.describe('directory admin', () => {
  test('a Riverside admin imports an HSDS JSON file with two broken rows, follows it to the end, reads and downloads the report, then edits a service’s hours', async ({ page, request }) => {
    const admin = await createUser(request, { role: 'ADMIN' });
    await openSignedIn(page, '/dashboard', admin.email, admin.password);
    await signBackInWhenLocked(page, admin);
    await mainNav(page).getByRole('link', { name: 'Directory admin' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Directory admin' })).toBeVisible();
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Import directory entries' })).toBeVisible();

    // Nothing chosen yet: the form says what is missing and sends nothing.
    await page.getByRole('button', { name: 'Start import' }).click();
    await expect(page.getByText('Choose the file to import.')).toBeVisible();

    await expect(page.getByRole('radio', { name: 'HSDS JSON' })).toBeChecked();
    await page.getByRole('radio', { name: 'Private' }).check();
    await page.locator('input[type="file"]').setInputFiles(FIXTURE);
    await page.getByRole('button', { name: 'Start import' }).click();

    const run = page.getByRole('region', { name: 'Import of directory-import.hsds.json' });
    await expect(run).toBeVisible();
    await expect(page).toHaveURL(/\/admin\/directory\/import\?import=/);
    await expect(run.getByText('Import finished: 2 rows imported, 2 rejected.')).toBeVisible({ timeout: 30_000 });
    await expect(run.getByRole('progressbar')).toBeHidden();
    await expect(run.getByText('Done', { exact: true })).toBeVisible();
    await expect(run.getByText('Rows read').locator('..')).toContainText('4');
    await expect(run.getByText('Imported', { exact: true }).locator('..')).toContainText('2');
    await expect(run.getByText('Rejected', { exact: true }).locator('..')).toContainText('2');

    // Each broken row is named with its file, row and field.
    const problems = run.getByRole('table', { name: 'Problems found in the import' });
    await expect(problems.getByRole('row')).toHaveCount(3);
    const scripted = problems.getByRole('row').filter({ hasText: 'url must be an http or https web address' });
    await expect(scripted.getByRole('cell').nth(1)).toHaveText('4');
    const broken = problems.getByRole('row').filter({ hasText: 'latitude' });
    await expect(broken).toHaveCount(1);
    await expect(broken.getByRole('cell').nth(0)).toHaveText('directory-import.hsds.json');
    await expect(broken.getByRole('cell').nth(1)).toHaveText('3');
    await expect(broken.getByRole('cell').nth(2)).toContainText('latitude');

    // Filtering keeps the matching problems; the whole report downloads as CSV.
    await run.getByRole('searchbox', { name: 'Filter problems' }).fill('no such words');
    await expect(problems.getByRole('row')).toHaveCount(1);
    await run.getByRole('searchbox', { name: 'Filter problems' }).fill('latitude');
    await expect(problems.getByRole('row')).toHaveCount(2);
    await expect(broken).toHaveCount(1);
    await expect(scripted).toHaveCount(0);
    const [download] = await Promise.all([page.waitForEvent('download'), run.getByRole('button', { name: 'Download report (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe('directory-import.hsds-problems.csv');
    const report = await readFile(await download.path(), 'utf8');
    expect(report.split('\r\n')[0]).toBe('File,Row,Field,Problem');
    expect(report).toMatch(/directory-import\.hsds\.json,3,[^,]*latitude/);
    expect(report).toContain('directory-import.hsds.json,4,url,url must be an http or https web address');

    // The import is listed, and a reload comes back to its report.
    const past = page.getByRole('table', { name: 'Your agency’s imports, newest first' });
    await expect(past.getByRole('row').filter({ hasText: 'directory-import.hsds.json' }).first()).toContainText('Done');
    await page.reload();
    await expect(page.getByText('Import finished: 2 rows imported, 2 rejected.')).toBeVisible();

    // The imported organization, its two good services and the one location they gave.
    await page.getByRole('link', { name: 'Back to directory admin' }).click();
    await page.getByRole('searchbox', { name: 'Search organizations by name' }).fill('Arroyo');
    await page.getByRole('link', { name: 'Arroyo Neighborhood Center' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Arroyo Neighborhood Center' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '2 services' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Arroyo Mobile Tax Van' })).toHaveCount(0);
    const taxHelp = page.getByRole('article', { name: 'Arroyo Free Tax Help' });
    await expect(taxHelp).toContainText('Monday 9:00 AM – 12:00 PM, Wednesday 1:00 PM – 5:00 PM');

    // Tuesday hours added: a closing time before the opening one is refused, then fixed.
    await taxHelp.getByRole('button', { name: 'Edit Arroyo Free Tax Help' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Arroyo Free Tax Help' });
    await dialog.getByRole('button', { name: 'Add hours on Tuesday' }).click();
    const tuesday = dialog.getByRole('group', { name: 'Tuesday' });
    await expect(tuesday.getByLabel('Opens, Tuesday')).toBeFocused();
    await tuesday.getByLabel('Opens, Tuesday').fill('14:00');
    await tuesday.getByLabel('Closes, Tuesday').fill('10:00');
    await expect(tuesday.getByText('The closing time must be after the opening time.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByText('Fix the opening hours marked above.')).toBeVisible();
    await tuesday.getByLabel('Opens, Tuesday').fill('10:00');
    await tuesday.getByLabel('Closes, Tuesday').fill('14:00');
    await dialog.getByRole('group', { name: 'Wednesday' }).getByRole('button', { name: 'Remove hours, Wednesday' }).click();
    await expect(dialog.getByRole('button', { name: 'Add hours on Wednesday' })).toBeFocused();
    // Escape with unsaved changes asks first; keeping on editing keeps them.
    await page.keyboard.press('Escape');
    const discard = page.getByRole('dialog', { name: 'Discard your changes?' });
    await discard.getByRole('button', { name: 'Keep editing' }).click();
    await expect(discard).toBeHidden();
    await expect(tuesday.getByLabel('Closes, Tuesday')).toHaveValue('14:00');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(taxHelp).toContainText('Monday 9:00 AM – 12:00 PM, Tuesday 10:00 AM – 2:00 PM');
    await expect(taxHelp).not.toContainText('Wednesday');

    await page.reload();
    await expect(page.getByRole('article', { name: 'Arroyo Free Tax Help' })).toContainText('Monday 9:00 AM – 12:00 PM, Tuesday 10:00 AM – 2:00 PM');
  });

  test('on a tablet, an admin adds an organization with a location and a service, records its capacity, saves over a stale version after loading the latest, and exports the CSV datapackage', async ({ page, request }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 820, height: 1180 });
    const admin = await createUser(request, { role: 'ADMIN' });
    const name = `Harbor Legal Aid ${uniqueTag()}`;
    await openSignedIn(page, '/admin/directory', admin.email, admin.password);
    await signBackInWhenLocked(page, admin);

    await page.getByRole('button', { name: 'Add an organization' }).click();
    const addOrganization = page.getByRole('dialog', { name: 'Add an organization' });
    await addOrganization.getByRole('button', { name: 'Add organization' }).click();
    await expect(addOrganization.getByText('This field is required')).toBeVisible();
    await expect(addOrganization.getByRole('textbox', { name: 'Name', exact: true })).toBeFocused();
    await addOrganization.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
    await addOrganization.getByRole('textbox', { name: 'Website' }).fill('harbor-legal');
    await addOrganization.getByRole('button', { name: 'Add organization' }).click();
    await expect(addOrganization.getByText('Enter a web address starting with https:// or http://')).toBeVisible();
    await addOrganization.getByRole('textbox', { name: 'Website' }).fill('https://harbor-legal.example.org');
    await addOrganization.getByRole('radio', { name: 'Private' }).check();
    await addOrganization.getByRole('button', { name: 'Add organization' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByText('Private', { exact: true })).toBeVisible();

    // A location: coordinates go in pairs.
    await page.getByRole('button', { name: 'Add a location' }).click();
    const addLocation = page.getByRole('dialog', { name: 'Add a location' });
    await addLocation.getByRole('textbox', { name: 'Street address' }).fill('200 Harbor Blvd');
    await addLocation.getByRole('textbox', { name: 'City' }).fill('Riverside');
    await addLocation.getByRole('textbox', { name: 'State' }).fill('CA');
    await addLocation.getByRole('textbox', { name: 'ZIP code' }).fill('92507');
    await addLocation.getByRole('textbox', { name: 'Latitude' }).fill('33.95');
    await addLocation.getByRole('button', { name: 'Add location' }).click();
    await expect(addLocation.getByText('Enter both latitude and longitude, or neither')).toBeVisible();
    await addLocation.getByRole('textbox', { name: 'Longitude' }).fill('-117.39');
    await addLocation.getByRole('combobox', { name: 'Time zone' }).fill('America/Los_Angeles');
    await addLocation.getByRole('textbox', { name: 'Name', exact: true }).click();
    await addLocation.getByRole('button', { name: 'Add location' }).click();
    await expect(addLocation).toBeHidden();
    const location = page.getByRole('article', { name: '200 Harbor Blvd, Riverside, CA 92507' });
    await expect(location).toContainText('33.95, -117.39');
    await expect(location).toContainText('America/Los_Angeles');

    // A service offered there, in a category and in Spanish, for adults.
    await page.getByRole('button', { name: 'Add a service' }).click();
    const addService = page.getByRole('dialog', { name: 'Add a service' });
    await addService.getByRole('textbox', { name: 'Name', exact: true }).fill('Eviction defense clinic');
    await addService.getByRole('combobox', { name: 'Categories' }).fill('Legal aid');
    await page.getByRole('option', { name: /Legal aid$/ }).click();
    await addService.getByRole('combobox', { name: 'Categories' }).press('Escape');
    await addService.getByRole('combobox', { name: 'Languages' }).fill('Spanish');
    await page.getByRole('option', { name: 'Spanish' }).click();
    await addService.getByRole('combobox', { name: 'Languages' }).press('Escape');
    await addService.getByRole('combobox', { name: 'Offered at' }).click();
    await page.getByRole('option', { name: '200 Harbor Blvd, Riverside, CA 92507' }).click();
    await addService.getByRole('combobox', { name: 'Offered at' }).press('Escape');
    await addService.getByRole('textbox', { name: 'From age' }).fill('18');
    await addService.getByRole('button', { name: 'Add service' }).click();
    await expect(addService).toBeHidden();
    const service = page.getByRole('article', { name: 'Eviction defense clinic' });
    await expect(service).toContainText('Ages 18 and over');
    await expect(service).toContainText('Legal aid');
    await expect(service).toContainText('Spanish');

    await service.getByRole('button', { name: 'Record capacity of Eviction defense clinic' }).click();
    const capacity = page.getByRole('dialog', { name: 'Record capacity of Eviction defense clinic' });
    await capacity.getByRole('combobox', { name: 'What is counted' }).fill('appointments');
    await capacity.getByRole('textbox', { name: 'Available now' }).fill('12');
    await capacity.getByRole('textbox', { name: 'Most at a time' }).fill('10');
    await capacity.getByRole('button', { name: 'Record capacity' }).click();
    await expect(capacity.getByText('Available cannot be more than the most at a time')).toBeVisible();
    await capacity.getByRole('textbox', { name: 'Available now' }).fill('3');
    await capacity.getByRole('button', { name: 'Record capacity' }).click();
    await expect(capacity).toBeHidden();
    await expect(service).toContainText('3 of 10 appointments available');

    // Someone else saves the service while it is open here: the save is refused, the latest is loaded under this change.
    await service.getByRole('button', { name: 'Edit Eviction defense clinic' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit Eviction defense clinic' });
    await edit.getByRole('textbox', { name: 'Eligibility' }).fill('Tenants with an eviction notice');
    const token = await apiToken(request, admin.email, admin.password);
    const found = await gql<{ directoryOrganizations: { edges: { node: { services: { id: string; version: number }[] } }[] } }>(
      request,
      'query ($search: String) { directoryOrganizations(search: $search, first: 1) { edges { node { services { id version } } } } }',
      { search: name },
      token,
    );
    const [{ id, version }] = found.directoryOrganizations.edges[0].node.services;
    await gql(request, 'mutation ($input: UpdateDirectoryServiceInput!) { updateDirectoryService(input: $input) { id } }', { input: { id, version, feesDescription: 'Free' } }, token);
    await edit.getByRole('button', { name: 'Save' }).click();
    const conflict = edit.getByRole('alert').filter({ hasText: 'Someone else saved this entry while you were editing it.' });
    await expect(conflict).toBeVisible();
    await conflict.getByRole('button', { name: 'Load the latest version' }).click();
    await expect(conflict).toBeHidden();
    await expect(edit.getByRole('textbox', { name: 'Fees' })).toHaveValue('Free');
    await expect(edit.getByRole('textbox', { name: 'Eligibility' })).toHaveValue('Tenants with an eviction notice');
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect(edit).toBeHidden();
    const saved = await gql<{ directoryService: { feesDescription: string; eligibilityDescription: string } }>(
      request,
      'query ($id: ID!) { directoryService(id: $id) { feesDescription eligibilityDescription } }',
      { id },
      token,
    );
    expect(saved.directoryService).toEqual({ feesDescription: 'Free', eligibilityDescription: 'Tenants with an eviction notice' });

    // The CSV datapackage: each file on its own.
    await page.getByRole('link', { name: 'Back to directory admin' }).click();
    await page.getByRole('button', { name: 'Export CSV datapackage' }).click();
    await expect(page.getByText(/\d+ files ready/)).toBeVisible();
    const files = page.getByRole('table', { name: 'Files of the CSV datapackage' });
    await expect(files.getByRole('rowheader', { name: 'datapackage.json' })).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), files.getByRole('button', { name: 'Download services.csv' }).click()]);
    expect(download.suggestedFilename()).toBe('services.csv');
    expect(await readFile(await download.path(), 'utf8')).toContain('Eviction defense clinic');

    // All of them at once come as one .zip, which the import takes back as it is.
    const [zip] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download all files (.zip)' }).click()]);
    expect(zip.suggestedFilename()).toBe('directory-hsds-csv.zip');
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await page.getByRole('radio', { name: 'HSDS CSV datapackage' }).check();
    await page.locator('input[type="file"]').setInputFiles({ name: 'directory-hsds-csv.zip', mimeType: 'application/zip', buffer: await readFile(await zip.path()) });
    await expect(page.getByText(/\d+ files chosen/)).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: /^services\.csv$/ })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: /^datapackage\.json$/ })).toBeVisible();
  });
});
