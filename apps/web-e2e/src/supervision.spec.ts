import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { ADMIN, apiToken, createUser, gql, mainNav, openSignedIn, type TestUser } from './support/app';
import { createClient, uniqueTag } from './support/clients';

/** A date `days` from today, as the API takes it. */
const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

interface Team {
  program: string;
  from: TestUser;
  to: TestUser;
  supervisor: TestUser;
  clients: string[];
}

/**
 * A program of its own whose first assessment is due 30 days after enrolling, and a worker
 * leading three of its cases opened 40 days ago: three clients, three overdue tasks. A second
 * worker carries nothing in it yet.
 */
async function team(request: APIRequestContext): Promise<Team> {
  const tag = uniqueTag();
  const admin = await apiToken(request, ADMIN.email);
  const program = `Supported Living ${tag}`;
  const { createProgram } = await gql<{ createProgram: { id: string } }>(
    request,
    'mutation ($input: CreateProgramInput!) { createProgram(input: $input) { id } }',
    { input: { code: `SUP-${tag.toUpperCase()}`, name: program, rules: { deadlines: { assessmentDays: 30 } } } },
    admin,
  );
  const from = await createUser(request, { displayName: `Nora Fromm ${tag}` });
  const to = await createUser(request, { displayName: `Otto Tonn ${tag}` });
  const supervisor = await createUser(request, { role: 'SUPERVISOR', displayName: `Sue Pervis ${tag}` });
  const clients: string[] = [];
  for (const first of ['Ada', 'Bea', 'Cleo']) {
    const client = await createClient(request, admin, { legalFirstName: first, legalLastName: `Quill${tag}` });
    await gql(
      request,
      'mutation ($input: EnrollClientInput!) { enrollClient(input: $input) { id } }',
      { input: { clientId: client.id, programId: createProgram.id, openedOn: daysFromToday(-40), primaryCaseManagerId: from.id, reason: 'Referral' } },
      admin,
    );
    clients.push(client.displayName);
  }
  return { program, from, to, supervisor, clients };
}

/** The balance table's row of a worker: Clients, Active, Pending, On hold, High risk, Share, Open tasks, Overdue, Due this week, Oldest overdue. */
const balanceRow = (page: Page, name: string) => page.getByRole('table', { name: 'Cases and open tasks by worker' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });

async function chooseProgram(page: Page, program: string) {
  await page.getByRole('combobox', { name: 'Program' }).click();
  await page.getByRole('option', { name: program }).click();
  await expect(page).toHaveURL(/program=/);
}

test.describe('supervision', () => {
  test("a supervisor sees the balance, opens a worker's overdue work and hands two of their cases to another worker in one go", async ({ page, request }) => {
    const { program, from, to, supervisor, clients } = await team(request);
    // Overdue work outside the program: a task about no case, which the program's view leaves out of both the count and the list.
    await gql(
      request,
      'mutation ($input: CreateTaskInput!) { createTask(input: $input) { id } }',
      { input: { title: 'Call the landlord back', dueOn: daysFromToday(-5), assigneeId: from.id } },
      await apiToken(request, ADMIN.email),
    );
    await openSignedIn(page, '/dashboard', supervisor.email, supervisor.password);
    await mainNav(page).getByRole('link', { name: 'Supervision' }).click();
    await expect(page.getByRole('heading', { name: 'Supervision', level: 1 })).toBeVisible();
    await chooseProgram(page, program);

    const fromRow = balanceRow(page, from.displayName);
    const toRow = balanceRow(page, to.displayName);
    await expect(fromRow.getByRole('cell').nth(0)).toHaveText('3');
    await expect(fromRow.getByRole('cell').nth(7)).toHaveText('3');
    await expect(toRow.getByRole('cell').nth(0)).toHaveText('0');
    await expect(page.getByRole('list', { name: 'Caseload of each worker, against the largest' })).toContainText(`${from.displayName}3 clients`);

    await page.getByRole('button', { name: `${from.displayName}: see overdue work and cases` }).click();
    await expect(page.getByRole('heading', { name: `${from.displayName}'s work` })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Overdue work (3)' })).toBeVisible();
    await expect(page.getByText(`3 overdue tasks of ${from.displayName}, the oldest first`)).toBeVisible();
    await expect(page.getByText('Call the landlord back')).toBeHidden();
    const overdue = page.getByRole('article').filter({ hasText: clients[0] });
    await expect(overdue).toContainText(/overdue by \d+ days/);
    await expect(overdue.getByRole('button', { name: /^More actions/ })).toBeVisible();

    await page.getByRole('tab', { name: 'Cases (3)' }).click();
    await page.getByRole('checkbox', { name: `Select ${clients[0]} in ${program}` }).check();
    await page.getByRole('checkbox', { name: `Select ${clients[1]} in ${program}` }).check();
    await expect(page.getByText('2 cases selected')).toBeVisible();
    await page.getByRole('button', { name: 'Reassign 2 cases' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reassign 2 cases' });
    await expect(dialog).toContainText(`${clients[0]} · ${program}`);
    await dialog.getByRole('combobox', { name: 'New primary case manager' }).selectOption(to.id);
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('Balancing caseloads');
    await dialog.getByRole('button', { name: 'Reassign all 2 cases' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`2 cases moved to ${to.displayName}.`)).toBeVisible();

    // The cases and their overdue work went together: the counts and the other worker's caseload say so.
    await expect(fromRow.getByRole('cell').nth(0)).toHaveText('1');
    await expect(fromRow.getByRole('cell').nth(7)).toHaveText('1');
    await expect(toRow.getByRole('cell').nth(0)).toHaveText('2');
    await expect(toRow.getByRole('cell').nth(7)).toHaveText('2');
    await expect(page.getByRole('checkbox', { name: `Select ${clients[2]} in ${program}` })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: `Select ${clients[0]} in ${program}` })).toBeHidden();
    await page.getByRole('button', { name: `${to.displayName}: see overdue work and cases` }).click();
    await expect(page.getByRole('tab', { name: 'Cases (2)' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('checkbox', { name: `Select ${clients[1]} in ${program}` })).toBeVisible();
    await page.getByRole('tab', { name: 'Overdue work (2)' }).click();
    await expect(page.getByText(`2 overdue tasks of ${to.displayName}, the oldest first`)).toBeVisible();
  });

  test('on a tablet, the balance and a worker’s cases fit the width and the table scrolls within itself', async ({ page, request }) => {
    const { program, from, supervisor, clients } = await team(request);
    await page.setViewportSize({ width: 768, height: 1024 });
    await openSignedIn(page, '/supervision', supervisor.email, supervisor.password);
    await chooseProgram(page, program);
    await expect(balanceRow(page, from.displayName).getByRole('cell').nth(0)).toHaveText('3');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await page.getByRole('button', { name: `${from.displayName}: see overdue work and cases` }).click();
    await page.getByRole('tab', { name: 'Cases (3)' }).click();
    const box = page.getByRole('checkbox', { name: `Select ${clients[2]} in ${program}` });
    await box.check();
    const reassign = page.getByRole('button', { name: 'Reassign 1 case' });
    await reassign.scrollIntoViewIfNeeded();
    await expect(reassign).toBeInViewport({ ratio: 1 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  });
});
