import { expect, type APIRequestContext, test } from '@playwright/test';
import { apiToken, createUser, gql, mainNav, openSignedIn, type TestUser } from './support/app';
import { createClient, type TestClient, uniqueTag } from './support/clients';
import { ensureSocialNeedsScreener, SCREENER_NAME } from './support/instruments';

const SUPERVISOR = 'supervisor@riverside.example';

/** Today as the API and the date fields take it. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A case manager's client, enrolled in a program with them as primary case manager. */
async function enrolledClient(request: APIRequestContext, worker: TestUser): Promise<{ client: TestClient; programName: string }> {
  const supervisor = await apiToken(request, SUPERVISOR);
  const client = await createClient(request, supervisor, { legalFirstName: 'Marisol', legalLastName: `Quintero${uniqueTag()}`, dateOfBirth: '1979-04-12' });
  const { programs } = await gql<{ programs: { id: string; name: string; active: boolean }[] }>(request, '{ programs { id name active } }', {}, supervisor);
  const program = programs.find((candidate) => candidate.active);
  await gql(
    request,
    'mutation ($input: EnrollClientInput!) { enrollClient(input: $input) { id } }',
    { input: { clientId: client.id, programId: program?.id, openedOn: today(), primaryCaseManagerId: worker.id, reason: 'Referred for housing support' } },
    supervisor,
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
    await ensureSocialNeedsScreener(request);
    const { client, programName } = await enrolledClient(request, worker);

    // The case manager completes the social-needs screener with the client: it finds a housing and a food need.
    await openSignedIn(page, `/clients/${client.id}/assessments`, worker.email, worker.password);
    await page.getByRole('button', { name: 'Start an assessment' }).click();
    const begin = page.getByRole('dialog', { name: 'Start an assessment' });
    await begin.getByRole('combobox', { name: 'Instrument' }).selectOption({ label: SCREENER_NAME });
    await begin.getByRole('combobox', { name: 'For the enrollment' }).selectOption({ index: 1 });
    await begin.getByRole('button', { name: 'Start', exact: true }).click();
    const answer = (question: RegExp, choice: string) => page.getByRole('group', { name: question }).getByRole('radio', { name: choice, exact: true }).check();
    await answer(/What is your living situation today\?/, 'I have a place, but I am worried about losing it');
    await answer(/I worried that our food would run out/, 'Often true');
    await answer(/the food we bought didn't last/, 'Never true');
    await answer(/lack of reliable transportation/, 'No');
    await answer(/threatened to shut off your service/, 'No');
    await answer(/Do you feel physically and emotionally safe/, 'Yes');
    await answer(/has anyone hurt, threatened or frightened you/, 'No');
    await answer(/How hard is it for you to pay for the basics/, 'Not hard');
    await page.getByRole('button', { name: 'Complete assessment' }).click();
    const complete = page.getByRole('dialog', { name: `Complete the ${SCREENER_NAME}` });
    await complete.getByRole('button', { name: 'Complete', exact: true }).click();
    await expect(complete).toBeHidden();

    // Then starts the plan from the screener's needs.
    await page.goto(`/clients/${client.id}/care-plan`);
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
