import { expect, test } from '@playwright/test';
import { ADMIN, apiToken, createUser, gql, mainNav, openSignedIn } from './support/app';
import { createClient, type TestClient, uniqueTag } from './support/clients';

/** The quarter running today, as the new-audit dialog offers it first: '2026-Q4'. */
function currentQuarter(): string {
  const today = new Date();
  return `${today.getUTCFullYear()}-Q${Math.floor(today.getUTCMonth() / 3) + 1}`;
}

test.describe('chart audits', () => {
  test('a supervisor audits a chart of the quarter, sees a failed item with its evidence, assigns a corrective action, and the case manager opens the audit from their worklist', async ({ page, browser, request }) => {
    const tag = uniqueTag();
    const supervisor = await createUser(request, { role: 'SUPERVISOR', displayName: `Sasha Audit ${tag}` });
    const caseManager = await createUser(request, { displayName: `Casey Charts ${tag}` });
    const supervisorToken = await apiToken(request, supervisor.email, supervisor.password);

    // The chart: a client enrolled 45 days ago in a program of their own that wants the first assessment within 10 days
    // (and the plan after it), on the case manager's caseload, with neither: the plan is overdue.
    const openedOn = new Date(Date.now() - 45 * 86_400_000).toISOString().slice(0, 10);
    const admin = await apiToken(request, ADMIN.email);
    const programName = `Audit program ${tag}`;
    const { createProgram: program } = await gql<{ createProgram: { id: string } }>(
      request,
      'mutation ($input: CreateProgramInput!) { createProgram(input: $input) { id } }',
      { input: { code: `AUD${tag.toUpperCase()}`, name: programName, rules: { deadlines: { assessmentDays: 10, planDays: 14 } } } },
      admin,
    );
    const created = await createClient(request, supervisorToken, { legalFirstName: 'Noor', legalLastName: `Haddad${tag}`, dateOfBirth: '1981-09-14' });
    const { changeClientStatus: client } = await gql<{ changeClientStatus: TestClient }>(
      request,
      'mutation ($input: ChangeClientStatusInput!) { changeClientStatus(input: $input) { id version clientNumber displayName } }',
      { input: { clientId: created.id, version: created.version, status: 'ACTIVE' } },
      supervisorToken,
    );
    await gql(
      request,
      'mutation ($input: EnrollClientInput!) { enrollClient(input: $input) { id } }',
      { input: { clientId: client.id, programId: program.id, openedOn, primaryCaseManagerId: caseManager.id, reason: 'Referred for housing support' } },
      supervisorToken,
    );

    await openSignedIn(page, '/dashboard', supervisor.email, supervisor.password);
    await mainNav(page).getByRole('link', { name: 'Chart audits' }).click();
    await expect(page.getByRole('heading', { name: 'Chart audits', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'New chart audit' }).click();
    const dialog = page.getByRole('dialog', { name: 'New chart audit' });
    await expect(dialog.getByRole('combobox', { name: 'Quarter' })).toHaveValue(currentQuarter());
    await dialog.getByRole('combobox', { name: 'Program' }).selectOption({ label: programName });
    await dialog.getByRole('textbox', { name: 'Sample seed (optional)' }).fill(`seed-${tag}`);
    await dialog.getByRole('button', { name: 'Start the audit' }).click();
    await expect(dialog).toBeHidden();

    await expect(page.getByRole('heading', { name: `Chart audit ${currentQuarter()}`, level: 1 })).toBeVisible();
    await expect(page).toHaveURL(/\/chart-audits\/[0-9a-f-]{36}$/);
    const auditPath = new URL(page.url()).pathname;
    await expect(page.getByText(`Sample seed: seed-${tag}`)).toBeVisible();
    await expect(page.getByRole('button', { name: new RegExp(client.displayName) })).toHaveAttribute('aria-expanded', 'true');
    const planItem = page.getByRole('listitem', { name: 'The plan is signed and reviewed on time' });
    await expect(planItem.getByText('Fail', { exact: true })).toBeVisible();
    await expect(planItem).toContainText('Evidence: No plan in force; the first assessment it follows was due');
    await expect(page.getByRole('listitem', { name: 'Goals are measurable and match the assessed needs' }).getByText('Not answered')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Complete the audit' })).toBeDisabled();

    await planItem.getByRole('button', { name: 'Corrective action' }).click();
    const action = page.getByRole('dialog', { name: 'Corrective action' });
    await expect(action.getByRole('combobox', { name: 'Who does it' })).toHaveValue('');
    await expect(action.getByRole('combobox', { name: 'Checklist item' })).toHaveValue('plan-signed-reviewed');
    await action.getByRole('textbox', { name: 'What must be done' }).fill('Write the care plan with Noor and have it signed');
    await action.getByRole('button', { name: 'Assign' }).click();
    await expect(action).toBeHidden();
    const actions = page.getByRole('region', { name: 'Corrective actions' });
    await expect(actions).toContainText('Write the care plan with Noor and have it signed');
    await expect(actions).toContainText(caseManager.displayName);
    await expect(actions.getByText('Open', { exact: true })).toBeVisible();

    // On a tablet the chart reads without scrolling sideways, its buttons whole.
    await page.setViewportSize({ width: 768, height: 1024 });
    await expect(planItem.getByRole('button', { name: 'Override' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);

    // The case manager finds the corrective action on their worklist and opens the audit from it.
    const workerContext = await browser.newContext();
    const workerPage = await workerContext.newPage();
    await openSignedIn(workerPage, '/worklist', caseManager.email, caseManager.password);
    const task = workerPage.getByRole('article').filter({ hasText: 'Write the care plan with Noor and have it signed' });
    await expect(task).toContainText('Chart audit: corrective action');
    await task.getByRole('link', { name: /^Open the chart audit for/ }).click();
    await expect(workerPage).toHaveURL(new RegExp(`${auditPath}$`));
    await expect(workerPage.getByRole('heading', { name: `Chart audit ${currentQuarter()}`, level: 1 })).toBeVisible();
    await expect(workerPage.getByRole('listitem', { name: 'The plan is signed and reviewed on time' })).toContainText('No plan in force;');
    await expect(workerPage.getByText('You can read this audit; supervisors and admins answer it.')).toBeVisible();
    await expect(workerPage.getByRole('button', { name: 'Override' })).toHaveCount(0);
    await workerContext.close();
  });
});
