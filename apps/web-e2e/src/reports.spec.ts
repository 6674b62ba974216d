import { readFile } from 'node:fs/promises';
import { expect, type APIRequestContext, type Locator, type Page, test } from '@playwright/test';
import { apiToken, createUser, gql, openSignedIn, type TestUser } from './support/app';
import { createClient, uniqueTag } from './support/clients';

const SUPERVISOR = 'supervisor@riverside.example';

const day = (offset = 0) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * A new worker's month: two clients enrolled today under them (two intakes, a caseload of
 * two) and two signed notes, one of a contact five days ago (late: the agency allows 3 days).
 */
async function workerWithAMonth(request: APIRequestContext): Promise<TestUser> {
  const worker = await createUser(request, { displayName: `Rhea Reports ${uniqueTag()}` });
  const supervisor = await apiToken(request, SUPERVISOR);
  const token = await apiToken(request, worker.email, worker.password);
  const { programs } = await gql<{ programs: { id: string; active: boolean }[] }>(request, '{ programs { id active } }', {}, supervisor);
  const programId = programs.find((program) => program.active)?.id;
  for (const [index, hoursAgo] of [120, 1].entries()) {
    const created = await createClient(request, supervisor, { legalFirstName: 'Report', legalLastName: `Count${uniqueTag()}`, dateOfBirth: `1980-03-0${index + 1}` });
    const { changeClientStatus: client } = await gql<{ changeClientStatus: { id: string } }>(
      request,
      'mutation ($input: ChangeClientStatusInput!) { changeClientStatus(input: $input) { id } }',
      { input: { clientId: created.id, version: created.version, status: 'ACTIVE' } },
      supervisor,
    );
    await gql(
      request,
      'mutation ($input: EnrollClientInput!) { enrollClient(input: $input) { id } }',
      { input: { clientId: client.id, programId, openedOn: day(0), primaryCaseManagerId: worker.id, reason: 'Referred for support' } },
      supervisor,
    );
    const { createCaseNote: note } = await gql<{ createCaseNote: { id: string; version: number } }>(
      request,
      'mutation ($input: CreateCaseNoteInput!) { createCaseNote(input: $input) { id version } }',
      { input: { clientId: client.id, noteType: 'PHONE_CALL', occurredAt: new Date(Date.now() - hoursAgo * 3_600_000).toISOString(), narrative: 'Checked in by phone' } },
      token,
    );
    await gql(request, 'mutation ($input: CaseNoteVersionInput!) { signCaseNote(input: $input) { id } }', { input: { noteId: note.id, version: note.version } }, token);
  }
  return worker;
}

const section = (page: Page, heading: string) => page.getByRole('region', { name: heading });

/** A report's chart, drawn: a picture named for what it shows, with bars in it (a count of nought draws an empty one). */
async function expectBars(chart: Locator) {
  await expect(chart.locator('svg.recharts-surface')).toBeVisible();
  await expect(chart.locator('.recharts-bar-rectangle path').filter({ visible: true }).first()).toBeVisible();
}

test.describe('statistical reports', () => {
  test('a supervisor reads a worker’s reports with their charts, changes the period and downloads a CSV', async ({ page, request }) => {
    const worker = await workerWithAMonth(request);
    const [from, to] = [day(-30), day(0)];
    await openSignedIn(page, `/reports?from=${from}&to=${to}&worker=${worker.id}`, SUPERVISOR);
    await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();

    const caseload = section(page, 'Caseload size and mix');
    await expectBars(caseload.getByRole('img', { name: /^Bar chart: each worker's clients/ }));
    const workerRow = caseload.getByRole('table', { name: /^Clients on each caseload on/ }).getByRole('row', { name: new RegExp(worker.displayName) });
    await expect(workerRow.getByRole('cell').first()).toHaveText('2');

    const intakes = section(page, 'Intakes, discharges and reasons');
    await expectBars(intakes.getByRole('img', { name: /^Bar chart: intakes and discharges/ }));
    const byMonth = intakes.getByRole('table', { name: 'Intakes and discharges by month' });
    await expect(byMonth.getByRole('row', { name: /^Total/ }).getByRole('cell')).toHaveText(['2', '0']);
    await expect(intakes.getByText('2 intakes and 0 discharges in the period.')).toBeVisible();

    const notes = section(page, 'Notes entered late');
    await expect(notes.getByText(/signed more than 3 days after the contact/)).toBeVisible();
    await expect(notes.getByRole('table', { name: 'Signed notes by month of the contact' }).getByRole('row', { name: /^Total/ }).getByRole('cell')).toHaveText(['2', '1', '1']);
    await expectBars(notes.getByRole('img', { name: /^Bar chart: notes signed on time and late/ }));

    const [download] = await Promise.all([page.waitForEvent('download'), intakes.getByRole('button', { name: 'Download Intakes, discharges and reasons as CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(`intakes-${from}-${to}.csv`);
    const csv = (await readFile(await download.path(), 'utf8')).split('\r\n');
    expect(csv.slice(0, 2)).toEqual(['Intakes and discharges by month', 'Month,Intakes,Discharges']);
    expect(csv).toContain('Total,2,0');

    // Last quarter ended before these intakes: the period moves to the address and the sections say there is nothing to count.
    await page.getByRole('button', { name: 'Last quarter' }).click();
    await expect(page.getByRole('button', { name: 'Last quarter' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page).not.toHaveURL(new RegExp(`from=${from}`));
    await expect(intakes.getByRole('heading', { name: 'Nothing to count' })).toBeVisible();
    await expect(intakes.getByRole('button', { name: 'Download Intakes, discharges and reasons as CSV' })).toBeDisabled();
    await page.getByRole('button', { name: 'Last 12 months' }).click();
    await expect(byMonth.getByRole('row', { name: /^Total/ }).getByRole('cell')).toHaveText(['2', '0']);
    await expect(page).toHaveURL(new RegExp(`worker=${worker.id}`));

    // A period ending before it starts is refused on the page, before any report runs.
    await page.getByLabel('To', { exact: true }).fill('2020-01-01');
    await expect(page.getByRole('alert').filter({ hasText: 'The period ends before it starts.' })).toBeVisible();
    // One state asks for a better period instead of every section saying it has nothing.
    await expect(page.getByRole('heading', { name: 'Fix the period to see the reports' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Nothing to count' })).toHaveCount(0);
  });

  test('on a tablet, in Spanish, an auditor reads the reports', async ({ page, request }) => {
    const worker = await workerWithAMonth(request);
    await page.setViewportSize({ width: 768, height: 1024 });
    await openSignedIn(page, `/reports?from=${day(-30)}&to=${day(0)}&worker=${worker.id}`, 'auditor@riverside.example');
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitem', { name: 'Español' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Informes' })).toBeVisible();
    const intakes = section(page, 'Ingresos, altas y motivos');
    const byMonth = intakes.getByRole('table', { name: 'Ingresos y altas por mes' });
    await expect(byMonth.getByRole('columnheader', { name: 'Ingresos', exact: true })).toBeVisible();
    await expect(byMonth.getByRole('row', { name: /^Total/ }).getByRole('cell')).toHaveText(['2', '0']);
    await expect(section(page, 'Notas registradas tarde').getByText('1 de 2 notas firmadas se registraron tarde.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Descargar Ingresos, altas y motivos en CSV' })).toBeEnabled();
    // The page fits the tablet's width; wide tables scroll inside their own box.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
  });
});
