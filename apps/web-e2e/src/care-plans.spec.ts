import { expect, type APIRequestContext, test } from '@playwright/test';
import { apiToken, createUser, gql, mainNav, openSignedIn, type TestUser } from './support/app';
import { createClient, type TestClient, uniqueTag } from './support/clients';

const SUPERVISOR = 'supervisor@riverside.example';

/** Today as the API and the date fields take it. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * A case manager's client, enrolled in a program with them as primary case manager, with a
 * completed social-needs screener that found a housing and a food need.
 */
async function clientWithNeeds(request: APIRequestContext, worker: TestUser): Promise<{ client: TestClient; programName: string }> {
  const supervisor = await apiToken(request, SUPERVISOR);
  const token = await apiToken(request, worker.email, worker.password);
  const client = await createClient(request, supervisor, { legalFirstName: 'Marisol', legalLastName: `Quintero${uniqueTag()}`, dateOfBirth: '1979-04-12' });
  const { programs } = await gql<{ programs: { id: string; name: string; active: boolean }[] }>(request, '{ programs { id name active } }', {}, supervisor);
  const program = programs.find((candidate) => candidate.active);
  const { enrollClient } = await gql<{ enrollClient: { id: string } }>(
    request,
    'mutation ($input: EnrollClientInput!) { enrollClient(input: $input) { id } }',
    { input: { clientId: client.id, programId: program?.id, openedOn: today(), primaryCaseManagerId: worker.id, reason: 'Referred for housing support' } },
    supervisor,
  );
  const { instruments } = await gql<{ instruments: { id: string; code: string }[] }>(request, '{ instruments { id code } }', {}, token);
  const screener = instruments.find((instrument) => instrument.code === 'SOCIAL_NEEDS');
  const { startAssessment } = await gql<{ startAssessment: { id: string; version: number } }>(
    request,
    'mutation ($input: StartAssessmentInput!) { startAssessment(input: $input) { id version } }',
    { input: { clientId: client.id, enrollmentId: enrollClient.id, instrumentId: screener?.id } },
    token,
  );
  const answers = {
    housing_situation: 'AT_RISK',
    food_worry: 'OFTEN',
    food_ran_out: 'NEVER',
    transport_barrier: false,
    utility_shutoff: 'NO',
    feels_safe: 'YES',
    harmed_by_someone: false,
    paying_basics: 'NOT_HARD',
  };
  const { saveAssessmentAnswers } = await gql<{ saveAssessmentAnswers: { version: number } }>(
    request,
    'mutation ($input: SaveAssessmentAnswersInput!) { saveAssessmentAnswers(input: $input) { version } }',
    { input: { assessmentId: startAssessment.id, version: startAssessment.version, answers } },
    token,
  );
  await gql(
    request,
    'mutation ($input: CompleteAssessmentInput!) { completeAssessment(input: $input) { id } }',
    { input: { assessmentId: startAssessment.id, version: saveAssessmentAnswers.version, completedOn: today() } },
    token,
  );
  return { client, programName: program?.name ?? '' };
}

test.describe('care plans', () => {
  test('a case manager turns two needs of an assessment into goals and submits the plan; a supervisor approves it; it prints, and progress shows in the chart', async ({
    page,
    browser,
    request,
  }) => {
    const worker = await createUser(request, { role: 'CASE_MANAGER' });
    const { client, programName } = await clientWithNeeds(request, worker);

    // The case manager starts the plan from the screener's needs.
    await openSignedIn(page, `/clients/${client.id}/care-plan`, worker.email, worker.password);
    await expect(page.getByRole('heading', { name: 'No care plan yet' })).toBeVisible();
    await page.getByRole('button', { name: 'Start a care plan' }).first().click();
    const start = page.getByRole('dialog', { name: 'Start a care plan' });
    await start.getByRole('textbox', { name: 'The client’s vision, in their words' }).fill('I want to keep my apartment and feed my kids well.');
    await start.getByLabel('Start from an assessment’s needs').click();
    await page.getByRole('option', { name: /completed/ }).click();
    await start.getByRole('checkbox', { name: /\(Housing\)/ }).check();
    await start.getByRole('checkbox', { name: /\(Food\)/ }).check();
    await start.getByRole('button', { name: 'Start the plan' }).click();

    const plan = page.getByRole('article', { name: /^Care plan · / });
    await expect(plan.getByText('Draft', { exact: true })).toBeVisible();
    await expect(plan.getByText('2 goals')).toBeVisible();

    // Each goal is put in the client's own words; a target date before the plan starts is refused.
    const [housing] = await plan.getByRole('button', { name: /^Edit goal: / }).all();
    await housing.click();
    const goal = page.getByRole('dialog', { name: 'Edit the goal' });
    await goal.getByRole('textbox', { name: 'The goal, in the client’s own words' }).fill('I want to keep my apartment.');
    await goal.getByLabel('Target date').fill('2000-01-01');
    await goal.getByRole('button', { name: 'Save changes' }).click();
    await expect(goal.getByText('A target date cannot be before the plan starts.')).toBeVisible();
    await goal.getByLabel('Target date').fill('');
    await goal.getByRole('button', { name: 'Save changes' }).click();
    await expect(goal).toBeHidden();
    await expect(plan.getByRole('heading', { name: 'I want to keep my apartment.' })).toBeVisible();

    await plan.getByRole('button', { name: 'Add an objective to: I want to keep my apartment.' }).click();
    const objective = page.getByRole('dialog', { name: 'Add an objective' });
    await objective.getByRole('textbox', { name: 'Objective' }).fill('Pay rent on time each month');
    await objective.getByRole('textbox', { name: 'How it is measured' }).fill('Months with rent paid on time');
    await objective.getByRole('textbox', { name: 'Target', exact: true }).fill('6 months in a row');
    await objective.getByRole('button', { name: 'Add objective' }).click();
    await expect(plan.getByText('Pay rent on time each month')).toBeVisible();

    await plan.getByRole('button', { name: 'Add an intervention to: I want to keep my apartment.' }).click();
    const intervention = page.getByRole('dialog', { name: 'Add an intervention' });
    await intervention.getByRole('textbox', { name: 'What will be done' }).fill('Help apply for rental assistance');
    await intervention.getByRole('textbox', { name: 'How often' }).fill('Weekly');
    await intervention.getByRole('button', { name: 'Add intervention' }).click();
    await expect(plan.getByText('Help apply for rental assistance')).toBeVisible();

    await plan.getByRole('button', { name: 'Submit for approval' }).click();
    await page.getByRole('dialog', { name: 'Submit the plan for approval?' }).getByRole('button', { name: 'Submit for approval' }).click();
    await expect(plan.getByText('Awaiting approval', { exact: true })).toBeVisible();
    await expect(plan.getByRole('button', { name: 'Edit goal: I want to keep my apartment.' })).toHaveCount(0);

    // A supervisor finds it in the approval queue and approves it.
    const supervisorContext = await browser.newContext();
    const supervisorPage = await supervisorContext.newPage();
    await openSignedIn(supervisorPage, '/care-plans', SUPERVISOR);
    await supervisorPage.getByRole('link', { name: `Open the plan for ${client.displayName}` }).click();
    const pending = supervisorPage.getByRole('article', { name: /^Care plan · / });
    await expect(pending.getByText('Awaiting approval', { exact: true })).toBeVisible();
    await pending.getByRole('button', { name: 'Approve' }).click();
    await supervisorPage.getByRole('dialog', { name: 'Approve the plan?' }).getByRole('button', { name: 'Approve' }).click();
    await expect(pending.getByText('Active', { exact: true })).toBeVisible();
    await supervisorContext.close();

    // Back with the case manager (signed in afresh: their first page has long locked itself): the
    // dashboard's next tasks have the plan's review instead of putting a plan in place, and the plan is in force.
    const laterContext = await browser.newContext();
    const later = await laterContext.newPage();
    await later.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await openSignedIn(later, '/dashboard', worker.email, worker.password);
    const tasks = later.getByRole('region', { name: 'My tasks' });
    await expect(tasks.getByText(`Review the care plan for ${programName}`)).toBeVisible();
    await expect(tasks.getByText(`Put a care plan in place for ${programName}`)).toHaveCount(0);
    await later.goto(`/clients/${client.id}/care-plan`);
    const active = later.getByRole('article', { name: /^Care plan · / });
    await expect(active.getByText('Active', { exact: true })).toBeVisible();

    // Progress on the housing goal, a lack of progress marked in words.
    await active.getByRole('button', { name: 'Record progress on: I want to keep my apartment.' }).click();
    const progress = later.getByRole('dialog', { name: 'Record progress' });
    await progress.getByRole('radio', { name: '2 – No progress' }).check();
    await progress.getByRole('textbox', { name: 'Note' }).fill('Rent was late again this month.');
    await progress.getByRole('button', { name: 'Record progress' }).click();
    await expect(progress).toBeHidden();
    const chart = later.getByRole('region', { name: 'Progress on “I want to keep my apartment.”' });
    await expect(chart.getByText('Lack of progress', { exact: true }).first()).toBeVisible();
    await chart.getByRole('button', { name: 'Show as a table' }).click();
    await expect(chart.getByRole('row', { name: /2 – No progress/ })).toContainText('Rent was late again this month.');

    // The plan prints in words the client can read and sign.
    await active.getByRole('button', { name: /^Print the care plan for / }).click();
    await expect(later).toHaveURL(new RegExp(`/clients/${client.id}/care-plans/[^/]+/print$`));
    const sheet = later.getByRole('article', { name: 'My care plan' });
    await expect(sheet.getByRole('heading', { name: 'Goal 1: I want to keep my apartment.' })).toBeVisible();
    await expect(sheet.getByRole('row', { name: /Help apply for rental assistance/ })).toContainText('Weekly');
    await expect(sheet.getByText('Client (or guardian)')).toBeVisible();
    await later.getByRole('button', { name: 'Print or save as PDF' }).click();
    await expect.poll(() => later.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await later.emulateMedia({ media: 'print' });
    await expect(mainNav(later)).toBeHidden();
    await expect(later.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
    await expect(sheet).toBeVisible();
    await laterContext.close();
  });
});
