import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createUser, mainNav, openSignedIn } from './support/app';

/** Three services of one organization; the third's location lies at latitude 123.5, which no place on Earth has. */
const FIXTURE = join(__dirname, '../fixtures/directory-import.hsds.json');

test.describe('directory admin', () => {
  test('a Riverside admin imports an HSDS JSON file with a broken row, follows it to the end, reads and downloads the report, then edits a service’s hours', async ({ page, request }) => {
    const admin = await createUser(request, { role: 'ADMIN' });
    await openSignedIn(page, '/dashboard', admin.email, admin.password);
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
    await expect(run.getByText('Import finished: 2 rows imported, 1 rejected.')).toBeVisible({ timeout: 30_000 });
    await expect(run.getByRole('progressbar')).toBeHidden();
    await expect(run.getByText('Done', { exact: true })).toBeVisible();
    await expect(run.getByText('Rows read').locator('..')).toContainText('3');
    await expect(run.getByText('Imported', { exact: true }).locator('..')).toContainText('2');
    await expect(run.getByText('Rejected', { exact: true }).locator('..')).toContainText('1');

    // The broken row is named with its file, row and field.
    const problems = run.getByRole('table', { name: 'Problems found in the import' });
    const broken = problems.getByRole('row').filter({ hasText: 'latitude' });
    await expect(broken).toHaveCount(1);
    await expect(broken.getByRole('cell').nth(0)).toHaveText('directory-import.hsds.json');
    await expect(broken.getByRole('cell').nth(1)).toHaveText('3');
    await expect(broken.getByRole('cell').nth(2)).toContainText('latitude');

    // Filtering keeps the matching problems; the whole report downloads as CSV.
    await run.getByRole('searchbox', { name: 'Filter problems' }).fill('no such words');
    await expect(problems.getByRole('row')).toHaveCount(1);
    await run.getByRole('searchbox', { name: 'Filter problems' }).fill('latitude');
    await expect(broken).toHaveCount(1);
    const [download] = await Promise.all([page.waitForEvent('download'), run.getByRole('button', { name: 'Download report (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe('directory-import.hsds-problems.csv');
    const report = await readFile(await download.path(), 'utf8');
    expect(report.split('\r\n')[0]).toBe('File,Row,Field,Problem');
    expect(report).toMatch(/directory-import\.hsds\.json,3,[^,]*latitude/);

    // The import is listed, and a reload comes back to its report.
    const past = page.getByRole('table', { name: 'Your agency’s imports, newest first' });
    await expect(past.getByRole('row').filter({ hasText: 'directory-import.hsds.json' }).first()).toContainText('Done');
    await page.reload();
    await expect(page.getByText('Import finished: 2 rows imported, 1 rejected.')).toBeVisible();

    // The imported organization, its two good services and the one location they gave.
    await page.getByRole('link', { name: 'Back to directory admin' }).click();
    await page.getByRole('searchbox', { name: 'Search organizations by name' }).fill('Arroyo');
    await page.getByRole('link', { name: 'Arroyo Neighborhood Center' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Arroyo Neighborhood Center' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '2 services' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Arroyo Mobile Tax Van' })).toHaveCount(0);
    const taxHelp = page.getByRole('article', { name: 'Arroyo Free Tax Help' });
    await expect(taxHelp).toContainText('Monday 09:00–12:00, Wednesday 13:00–17:00');

    // Tuesday hours added: a closing time before the opening one is refused, then fixed.
    await taxHelp.getByRole('button', { name: 'Edit Arroyo Free Tax Help' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Arroyo Free Tax Help' });
    await dialog.getByRole('button', { name: 'Add hours on Tuesday' }).click();
    const tuesday = dialog.getByRole('group', { name: 'Tuesday' });
    await tuesday.getByLabel('Opens, Tuesday').fill('14:00');
    await tuesday.getByLabel('Closes, Tuesday').fill('10:00');
    await expect(tuesday.getByText('The closing time must be after the opening time.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByText('Fix the opening hours marked above.')).toBeVisible();
    await tuesday.getByLabel('Opens, Tuesday').fill('10:00');
    await tuesday.getByLabel('Closes, Tuesday').fill('14:00');
    await dialog.getByRole('group', { name: 'Wednesday' }).getByRole('button', { name: 'Remove hours, Wednesday' }).click();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(taxHelp).toContainText('Monday 09:00–12:00, Tuesday 10:00–14:00');
    await expect(taxHelp).not.toContainText('Wednesday');

    await page.reload();
    await expect(page.getByRole('article', { name: 'Arroyo Free Tax Help' })).toContainText('Monday 09:00–12:00, Tuesday 10:00–14:00');
  });
});
