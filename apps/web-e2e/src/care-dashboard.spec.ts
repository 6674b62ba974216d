import { expect, type APIRequestContext, type Locator, type Page, test } from '@playwright/test';
import { apiToken, createUser, gql, mainNav, openSignedIn, type TestUser } from './support/app';
import { createClient, type TestClient, uniqueTag } from './support/clients';

const SUPERVISOR = 'supervisor@riverside.example';

/** A calendar day `offset` days from today, as the API and the date fields take it. */
function day(offset = 0): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

/** A client on the worker's caseload: enrolled by a supervisor with the worker as primary case manager. */
async function clientOf(request: APIRequestContext, worker: TestUser, lastName: string): Promise<{ client: TestClient; enrollmentId: string; program: string }> {
  const supervisor = await apiToken(request, SUPERVISOR);
  const created = await createClient(request, supervisor, { legalFirstName: 'Noor', legalLastName: lastName, dateOfBirth: '1981-09-14' });
  const { changeClientStatus: client } = await gql<{ changeClientStatus: TestClient }>(
    request,
    'mutation ($input: ChangeClientStatusInput!) { changeClientStatus(input: $input) { id version clientNumber displayName } }',
    { input: { clientId: created.id, version: created.version, status: 'ACTIVE' } },
    supervisor,
  );
  const { programs } = await gql<{ programs: { id: string; name: string; active: boolean }[] }>(request, '{ programs { id name active } }', {}, supervisor);
  const program = programs.find((item) => item.active);
  const { enrollClient } = await gql<{ enrollClient: { id: string } }>(
    request,
    'mutation ($input: EnrollClientInput!) { enrollClient(input: $input) { id } }',
    { input: { clientId: client.id, programId: program?.id, openedOn: day(0), primaryCaseManagerId: worker.id, reason: 'Referred for housing support' } },
    supervisor,
  );
  return { client, enrollmentId: enrollClient.id, program: program?.name ?? '' };
}

async function createTask(request: APIRequestContext, token: string, input: Record<string, unknown>): Promise<string> {
  const { createTask: task } = await gql<{ createTask: { id: string } }>(request, 'mutation ($input: CreateTaskInput!) { createTask(input: $input) { id } }', { input }, token);
  return task.id;
}

const taskCard = (page: Page, title: string) => page.getByRole('article', { name: title });

/** The cell of a table's row under the column of that name (the row's header counts as a column). */
async function cellUnder(table: Locator, row: Locator, column: string): Promise<Locator> {
  await expect(row).toBeVisible();
  const columns = await table.getByRole('columnheader').allInnerTexts();
  const index = columns.findIndex((name) => name.trim() === column);
  expect(index, `a column named ${column}`).toBeGreaterThanOrEqual(0);
  return row.locator('th, td').nth(index);
}

test.describe('the morning dashboard, the worklist and the discharge wizard', () => {
  // The API's day is the UTC day (as `day()` counts); the browser counts "overdue by N days" from its own.
  test.use({ timezoneId: 'UTC' });

  test('a case manager sees their overdue and today’s tasks on the dashboard and completes one there', async ({ page, request }) => {
    const tag = uniqueTag();
    const worker = await createUser(request);
    const token = await apiToken(request, worker.email, worker.password);
    const { client } = await clientOf(request, worker, `Haddad${tag}`);
    await createTask(request, token, { title: `Call the landlord ${tag}`, dueOn: day(-3), priority: 'HIGH', clientId: client.id });
    await createTask(request, token, { title: `Drop off the forms ${tag}`, dueOn: day(0), priority: 'NORMAL', clientId: client.id });
    await createTask(request, token, { title: `Plan the school visit ${tag}`, dueOn: day(4), priority: 'LOW', clientId: client.id });
    await createTask(request, token, { title: `Book the annual review ${tag}`, dueOn: day(20), priority: 'LOW', clientId: client.id });

    await openSignedIn(page, '/dashboard', worker.email, worker.password);
    const glance = page.getByRole('region', { name: 'My work at a glance' });
    await expect(glance.getByRole('link', { name: /^Overdue: \d+$/ })).toHaveAttribute('href', '/worklist?timing=OVERDUE');
    // A tile opens exactly the list it counts: the same window.
    await expect(glance.getByRole('link', { name: /^Next 7 days: \d+$/ })).toHaveAttribute('href', '/worklist?timing=UPCOMING&dueWithin=7');

    const tasks = page.getByRole('region', { name: 'My tasks' });
    const overdue = tasks.getByRole('region', { name: /^Overdue/ });
    const landlord = taskCard(page, `Call the landlord ${tag}`);
    await expect(overdue.getByRole('article', { name: `Call the landlord ${tag}` })).toBeVisible();
    await expect(landlord.getByText(/overdue by 3 days/)).toBeVisible();
    await expect(landlord.getByText('Priority: High')).toBeVisible();
    await expect(landlord.getByRole('link', { name: client.displayName })).toHaveAttribute('href', `/clients/${client.id}`);
    await expect(tasks.getByRole('region', { name: /^Due today/ }).getByRole('article', { name: `Drop off the forms ${tag}` })).toBeVisible();
    await expect(tasks.getByRole('region', { name: /^Next 7 days/ }).getByRole('article', { name: `Plan the school visit ${tag}` })).toBeVisible();

    // My caseload: each client with their risk and the task due next about them, an overdue one said in words.
    const caseload = page.getByRole('region', { name: 'My caseload: what comes next' });
    const row = caseload.getByRole('listitem').filter({ hasText: client.displayName });
    await expect(row.getByRole('link', { name: client.displayName })).toHaveAttribute('href', `/clients/${client.id}`);
    await expect(row.getByText(/risk$/)).toBeVisible();
    await expect(row.getByText(`Next: Call the landlord ${tag}`)).toBeVisible();
    await expect(row.getByText(/overdue by 3 days/)).toBeVisible();

    await landlord.getByRole('button', { name: `Complete “Call the landlord ${tag}”` }).click();
    const dialog = page.getByRole('dialog', { name: `Complete “Call the landlord ${tag}”` });
    await dialog.getByLabel('Note (optional)').fill('Landlord agreed to fix the heating');
    await dialog.getByRole('button', { name: 'Mark as done' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`Done: Call the landlord ${tag}`)).toBeVisible();
    await expect(landlord).toHaveCount(0);
    await expect(overdue.getByText('Nothing overdue.')).toBeVisible();
    // Its row and buttons are gone: focus lands on the heading of the list it was in, not on the page's body.
    await expect(overdue.getByRole('heading', { name: /^Overdue/ })).toBeFocused();

    // The next-days tile opens the same window as a chip on the worklist; taking the chip off shows every upcoming task.
    await glance.getByRole('link', { name: /^Next 7 days: \d+$/ }).click();
    await expect(page.getByText('Due within 7 days')).toBeVisible();
    await expect(taskCard(page, `Plan the school visit ${tag}`)).toBeVisible();
    await expect(taskCard(page, `Book the annual review ${tag}`)).toHaveCount(0);
    await page.getByRole('button', { name: 'Remove the filter: due within 7 days' }).click();
    await expect(page).toHaveURL(/\/worklist\?timing=UPCOMING$/);
    await expect(taskCard(page, `Book the annual review ${tag}`)).toBeVisible();
  });

  test('the worklist filters by when and what, and takes a new task, on a tablet in portrait', async ({ page, request }) => {
    const tag = uniqueTag();
    const worker = await createUser(request);
    const token = await apiToken(request, worker.email, worker.password);
    const { client } = await clientOf(request, worker, `Lindqvist${tag}`);
    await createTask(request, token, { title: `Renew the bus pass ${tag}`, dueOn: day(-2), priority: 'URGENT', clientId: client.id });
    await createTask(request, token, { title: `Send the rent receipt ${tag}`, dueOn: day(6), priority: 'NORMAL', clientId: client.id });

    await page.setViewportSize({ width: 768, height: 1024 });
    await openSignedIn(page, '/dashboard', worker.email, worker.password);
    await page.getByRole('button', { name: 'Open navigation' }).click();
    await mainNav(page).getByRole('link', { name: 'Worklist' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Worklist' })).toBeVisible();
    await expect(taskCard(page, `Renew the bus pass ${tag}`)).toBeVisible();
    await expect(taskCard(page, `Send the rent receipt ${tag}`)).toBeVisible();
    // Each row's acts are in reach, and nothing hides behind a sideways scroll.
    const more = taskCard(page, `Renew the bus pass ${tag}`).getByRole('button', { name: /^More actions/ });
    const box = await more.boundingBox();
    expect(box && box.x + box.width <= 768).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= 768)).toBe(true);

    await page.getByRole('combobox', { name: 'When' }).click();
    await page.getByRole('option', { name: 'Overdue' }).click();
    await expect(page).toHaveURL(/timing=OVERDUE/);
    await expect(taskCard(page, `Send the rent receipt ${tag}`)).toHaveCount(0);
    await expect(taskCard(page, `Renew the bus pass ${tag}`).getByText(/overdue by 2 days/)).toBeVisible();

    await page.getByRole('combobox', { name: 'Kind' }).click();
    await page.getByRole('option', { name: 'Quarterly monitoring' }).click();
    await expect(page.getByRole('heading', { name: 'No tasks here' })).toBeVisible();
    await page.getByRole('button', { name: 'Clear the filters' }).click();
    await expect(taskCard(page, `Send the rent receipt ${tag}`)).toBeVisible();

    await page.getByRole('button', { name: 'New task' }).click();
    const dialog = page.getByRole('dialog', { name: 'New task' });
    await dialog.getByLabel('What needs doing').fill(`Book the dentist ${tag}`);
    await dialog.getByLabel('Due on').fill(day(1));
    await dialog.getByRole('combobox', { name: 'Client' }).fill(`Lindqvist${tag}`);
    await page.getByRole('option', { name: new RegExp(`Lindqvist${tag}`) }).click();
    await dialog.getByRole('button', { name: 'Create the task' }).click();
    await expect(dialog).toBeHidden();
    const dentist = taskCard(page, `Book the dentist ${tag}`);
    await expect(dentist.getByText(/in 1 day/)).toBeVisible();
    await expect(dentist.getByRole('link', { name: client.displayName })).toBeVisible();

    // The enrollment's first assessment is due: that task closes itself when the assessment is
    // done, so nobody completes it by hand and a case manager does not cancel it.
    await page.getByRole('combobox', { name: 'Kind' }).click();
    await page.getByRole('option', { name: 'Assessment due' }).click();
    const assessmentDue = page.getByRole('article').filter({ has: page.getByRole('link', { name: client.displayName }) });
    await expect(assessmentDue.getByText('Closes itself when the assessment is done')).toBeVisible();
    await expect(assessmentDue.getByRole('button', { name: /^Complete / })).toHaveCount(0);
    await assessmentDue.getByRole('button', { name: /^More actions/ }).click();
    await expect(page.getByRole('menuitem', { name: 'Edit' })).toBeVisible();
    await expect(page.getByRole('menuitem', { name: 'Cancel task' })).toHaveCount(0);
  });

  test('a supervisor sees who has overdue work and opens that worker’s worklist', async ({ page, request }) => {
    const tag = uniqueTag();
    const worker = await createUser(request, { displayName: `Worker ${tag}` });
    const token = await apiToken(request, worker.email, worker.password);
    const { client } = await clientOf(request, worker, `Okoye${tag}`);
    await createTask(request, token, { title: `Chase the benefits letter ${tag}`, dueOn: day(-5), priority: 'HIGH', clientId: client.id });

    await openSignedIn(page, '/dashboard', SUPERVISOR);
    const behind = page.getByRole('region', { name: 'Overdue work by worker' });
    const row = behind.getByRole('row', { name: new RegExp(`Worker ${tag}`) });
    await expect(await cellUnder(behind, row, 'Overdue')).toHaveText('1');
    await row.getByRole('link', { name: `Open the worklist of Worker ${tag}` }).click();
    await expect(page).toHaveURL(new RegExp(`/worklist\\?.*whose=${worker.id}`));
    await expect(page).toHaveURL(/timing=OVERDUE/);
    const task = taskCard(page, `Chase the benefits letter ${tag}`);
    await expect(task.getByText(`Assigned to Worker ${tag}`)).toBeVisible();
    await expect(task.getByText(/overdue by 5 days/)).toBeVisible();
  });

  test('the discharge wizard shows what stands in the way, and closes the enrollment once it is resolved', async ({ page, request }) => {
    const tag = uniqueTag();
    const worker = await createUser(request);
    const token = await apiToken(request, worker.email, worker.password);
    const { client, enrollmentId, program } = await clientOf(request, worker, `Mbeki${tag}`);
    await createTask(request, token, { title: `Return the library books ${tag}`, dueOn: day(-1), priority: 'NORMAL', enrollmentId });

    await openSignedIn(page, `/clients/${client.id}/enrollments`, worker.email, worker.password);
    await page.getByRole('link', { name: `Plan the discharge from ${program}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Discharge from ${program}` })).toBeVisible();

    await page.getByLabel('Planned discharge date').fill(day(0));
    await page.getByLabel('Reason for discharge').fill('Goals met: stable housing');
    await page.getByLabel('Aftercare').fill('Monthly call with the housing counselor');
    await page.getByRole('button', { name: 'Save and continue' }).click();

    await expect(page.getByRole('heading', { name: 'One thing stands in the way' })).toBeVisible();
    await expect(page.getByText('An open task', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Continue', exact: true })).toBeDisabled();
    await taskCard(page, `Return the library books ${tag}`).getByRole('button', { name: /^Complete / }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Mark as done' }).click();
    await expect(page.getByText('Nothing stands in the way: the enrollment can be closed.')).toBeVisible();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();

    // Work added meanwhile stops the closure, which says what is in the way and leads back to fix it.
    await expect(page.getByLabel('Reason for closing')).toHaveValue('Goals met: stable housing');
    await createTask(request, token, { title: `Hand back the keys ${tag}`, dueOn: day(0), priority: 'HIGH', enrollmentId });
    await page.getByRole('button', { name: 'Close the enrollment' }).click();
    const refused = page.getByRole('alert').filter({ hasText: 'The enrollment was not closed. This stands in the way:' });
    await expect(refused.getByText('An open task', { exact: true })).toBeVisible();
    await refused.getByRole('button', { name: 'What stands in the way' }).click();
    await taskCard(page, `Hand back the keys ${tag}`).getByRole('button', { name: /^Complete / }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Mark as done' }).click();
    await expect(page.getByText('Nothing stands in the way: the enrollment can be closed.')).toBeVisible();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.getByRole('button', { name: 'Close the enrollment' }).click();
    await expect(page.getByText(`The enrollment in ${program} is closed`)).toBeVisible();

    await expect(page.getByLabel('Reason for the discharge')).toHaveValue('Goals met: stable housing');
    await page.getByRole('button', { name: `Discharge ${client.displayName}` }).click();
    await expect(page.getByText(`${client.displayName} is discharged`, { exact: true })).toBeVisible();
    await expect(page.getByText('The worklist scheduled these follow-ups with the client:')).toBeVisible();
    await expect(page.getByText('Follow-up after discharge').first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to the record' })).toBeVisible();

    await page.getByRole('link', { name: 'Back to the record' }).click();
    await expect(page.getByRole('article', { name: program }).getByText('Closed', { exact: true })).toBeVisible();
  });
});
