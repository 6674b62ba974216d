import { expect, type APIRequestContext, type Locator, test } from '@playwright/test';
import { apiToken, createUser, gql, mainNav, openSignedIn, type TestUser } from './support/app';
import { createClient, type TestClient, uniqueTag } from './support/clients';
import { ensureSocialNeedsScreener, SCREENER_NAME } from './support/instruments';

const SUPERVISOR = 'supervisor@riverside.example';

/** Today as the API and the date fields take it. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Chooses the option of a native select whose label matches, as a person reads it (an option may add words, e.g. a date). */
async function chooseByLabel(select: Locator, label: RegExp): Promise<void> {
  // The options arrive with the dialog's query: wait for the one wanted before reading them.
  await expect(select.locator('option').filter({ hasText: label }).first()).toBeAttached();
  const labels = await select.locator('option').allTextContents();
  const chosen = labels.find((text) => label.test(text));
  expect(chosen, `an option matching ${label} among ${labels.join(', ')}`).toBeDefined();
  await select.selectOption({ label: chosen ?? '' });
}

/** Text to match literally inside a RegExp. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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

/** A plan a supervisor wrote through the API for the client's enrollment, with one goal, submitted for approval. */
async function submittedPlan(request: APIRequestContext, token: string, clientId: string): Promise<{ id: string; version: number }> {
  const { clientEnrollments } = await gql<{ clientEnrollments: { id: string }[] }>(request, 'query ($id: ID!) { clientEnrollments(clientId: $id) { id } }', { id: clientId }, token);
  const { createCarePlan } = await gql<{ createCarePlan: { id: string; version: number } }>(
    request,
    'mutation ($input: CreateCarePlanInput!) { createCarePlan(input: $input) { id version } }',
    { input: { enrollmentId: clientEnrollments[0].id, effectiveOn: today(), clientVision: 'Tener un trabajo y mi propia casa.' } },
    token,
  );
  const { addCarePlanGoal } = await gql<{ addCarePlanGoal: { id: string; version: number } }>(
    request,
    'mutation ($input: AddCarePlanGoalInput!) { addCarePlanGoal(input: $input) { id version } }',
    { input: { carePlanId: createCarePlan.id, version: createCarePlan.version, statement: 'Quiero un trabajo.', domain: 'EMPLOYMENT', priority: 'HIGH' } },
    token,
  );
  const { submitCarePlan } = await gql<{ submitCarePlan: { id: string; version: number } }>(
    request,
    'mutation ($input: CarePlanVersionInput!) { submitCarePlan(input: $input) { id version } }',
    { input: { carePlanId: addCarePlanGoal.id, version: addCarePlanGoal.version } },
    token,
  );
  return submitCarePlan;
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
    await chooseByLabel(begin.getByRole('combobox', { name: 'For the enrollment' }), new RegExp(`^${literal(programName)} \\(since `));
    // The program may require the screener, which its option then says.
    await chooseByLabel(begin.getByRole('combobox', { name: 'Instrument' }), new RegExp(`^${literal(SCREENER_NAME)}( \\(required by the program, .*\\))?$`));
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
    await page.getByRole('button', { name: `Start a plan for ${programName}` }).click();
    const start = page.getByRole('dialog', { name: 'Start a care plan' });
    await start.getByRole('textbox', { name: 'The client’s vision, in their words' }).fill('I want to keep my apartment and feed my kids well.');
    await start.getByLabel('Start from an assessment’s needs').click();
    await page.getByRole('option', { name: /completed/ }).click();
    await start.getByRole('checkbox', { name: /\(Housing\)/ }).check();
    await start.getByRole('checkbox', { name: /\(Food\)/ }).check();
    await start.getByRole('button', { name: 'Start the plan' }).click();

    const plan = page.getByRole('article', { name: /^Care plan for / });
    await expect(plan.getByText('Draft', { exact: true })).toBeVisible();
    await expect(plan).toBeFocused();
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
    await expect(plan).toBeFocused();
    await expect(plan.getByRole('button', { name: 'Edit goal: I want to keep my apartment.' })).toHaveCount(0);

    // A supervisor finds it in the approval queue and approves it.
    const supervisorContext = await browser.newContext();
    const supervisorPage = await supervisorContext.newPage();
    await openSignedIn(supervisorPage, '/care-plans', SUPERVISOR);
    await supervisorPage.getByRole('link', { name: `Open the plan for ${client.displayName}` }).click();
    const pending = supervisorPage.getByRole('article', { name: /^Care plan for / });
    await expect(pending.getByText('Awaiting approval', { exact: true })).toBeVisible();
    await pending.getByRole('button', { name: 'Approve' }).click();
    await supervisorPage.getByRole('dialog', { name: 'Approve the plan?' }).getByRole('button', { name: 'Approve' }).click();
    await expect(pending.getByText('Active', { exact: true })).toBeVisible();
    await supervisorContext.close();

    // Back with the case manager (signed in afresh: their first page has long locked itself): their
    // dashboard shows what comes next for the client and no longer asks for a plan; the worklist
    // has the plan's review (months away, past the dashboard's next 7 days); the plan is in force.
    const laterContext = await browser.newContext();
    const later = await laterContext.newPage();
    await later.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await openSignedIn(later, '/dashboard', worker.email, worker.password);
    const myTasks = later.getByRole('region', { name: 'My tasks' });
    await expect(myTasks.getByRole('article').filter({ hasText: client.displayName }).first()).toBeVisible();
    await expect(myTasks.getByText(`Put a care plan in place for ${programName}`)).toHaveCount(0);
    await later.goto('/worklist');
    const tasks = later.getByRole('main');
    await expect(tasks.getByRole('article', { name: `Review the care plan for ${programName}` })).toBeVisible();
    await expect(tasks.getByText(`Put a care plan in place for ${programName}`)).toHaveCount(0);
    await later.goto(`/clients/${client.id}/care-plan`);
    const active = later.getByRole('article', { name: /^Care plan for / });
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

    // The client signs it; the date cannot be in the future.
    await active.getByRole('button', { name: 'Record the client’s acknowledgement' }).click();
    const acknowledge = later.getByRole('dialog', { name: 'Record the client’s acknowledgement' });
    await expect(acknowledge.getByRole('textbox', { name: 'Acknowledged by' })).toHaveValue(client.displayName);
    await acknowledge.getByLabel('Date').fill('2999-01-01');
    await acknowledge.getByRole('button', { name: 'Record acknowledgement' }).click();
    await expect(acknowledge.getByText('The date cannot be in the future')).toBeVisible();
    await acknowledge.getByLabel('Date').fill(today());
    await acknowledge.getByRole('button', { name: 'Record acknowledgement' }).click();
    await expect(acknowledge).toBeHidden();
    await expect(active.getByText('Signature on')).toBeVisible();

    // The plan prints in words the client can read and sign.
    await active.getByRole('button', { name: /^Print the care plan for / }).click();
    await expect(later).toHaveURL(new RegExp(`/clients/${client.id}/care-plans/[^/]+/print$`));
    const sheet = later.getByRole('article', { name: 'My care plan' });
    await expect(sheet.getByRole('heading', { name: 'Goal 1: I want to keep my apartment.' })).toBeVisible();
    await expect(sheet.getByRole('row', { name: /Help apply for rental assistance/ })).toContainText('Weekly');
    await expect(sheet.getByText('Client (or guardian)')).toBeVisible();
    await expect(sheet.getByText('Acknowledged: Signature')).toContainText(client.displayName);
    await later.getByRole('button', { name: 'Print or save as PDF' }).click();
    await expect.poll(() => later.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await later.emulateMedia({ media: 'print' });
    await expect(mainNav(later)).toBeHidden();
    await expect(later.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
    await expect(sheet).toBeVisible();
    await laterContext.close();
  });

  test('on a tablet in Spanish, a supervisor is told why they cannot approve the plan they wrote, another returns it with a note; once approved, the case manager revises it, compares the versions and the timeline opens the plan', async ({
    page,
    browser,
    request,
  }) => {
    const worker = await createUser(request, { role: 'CASE_MANAGER' });
    const author = await createUser(request, { role: 'SUPERVISOR' });
    const authorToken = await apiToken(request, author.email, author.password);
    const { client, programName } = await enrolledClient(request, worker);
    const submitted = await submittedPlan(request, authorToken, client.id);

    // The supervisor who wrote it sees no approval, and why.
    await page.setViewportSize({ width: 768, height: 1024 });
    await openSignedIn(page, `/clients/${client.id}/care-plan`, author.email, author.password);
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitem', { name: 'Español' }).click();
    const pending = page.getByRole('article', { name: /^Plan de atención de .*, versión 1$/ });
    await expect(pending.getByText('Pendiente de aprobación', { exact: true })).toBeVisible();
    await expect(pending.getByText('Usted redactó o envió este plan, así que lo aprueba otro supervisor.')).toBeVisible();
    await expect(pending.getByRole('button', { name: 'Aprobar' })).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);

    // Another supervisor returns it with what to change.
    const reviewerContext = await browser.newContext();
    const reviewer = await reviewerContext.newPage();
    await openSignedIn(reviewer, '/care-plans', SUPERVISOR);
    await reviewer.getByRole('link', { name: `Open the plan for ${client.displayName}` }).click();
    const inReview = reviewer.getByRole('article', { name: /^Care plan for / });
    await inReview.getByRole('button', { name: 'Return with a note' }).click();
    const returning = reviewer.getByRole('dialog', { name: 'Return the plan' });
    await returning.getByRole('button', { name: 'Return the plan' }).click();
    await expect(returning.getByText('This field is required')).toBeVisible();
    await returning.getByRole('textbox', { name: 'What needs to change' }).fill('Add how the job search is measured.');
    await returning.getByRole('button', { name: 'Return the plan' }).click();
    await expect(inReview.getByText('Draft', { exact: true })).toBeVisible();
    await expect(inReview.getByText('Add how the job search is measured.')).toBeVisible();
    await reviewerContext.close();

    // Submitted again and approved (through the API), the case manager revises it on a tablet in Spanish.
    const returned = await gql<{ carePlan: { version: number } }>(request, 'query ($id: ID!) { carePlan(id: $id) { version } }', { id: submitted.id }, authorToken);
    const resubmitted = await gql<{ submitCarePlan: { version: number } }>(
      request,
      'mutation ($input: CarePlanVersionInput!) { submitCarePlan(input: $input) { version } }',
      { input: { carePlanId: submitted.id, version: returned.carePlan.version } },
      authorToken,
    );
    await gql(
      request,
      'mutation ($input: CarePlanVersionInput!) { approveCarePlan(input: $input) { version } }',
      { input: { carePlanId: submitted.id, version: resubmitted.submitCarePlan.version } },
      await apiToken(request, SUPERVISOR),
    );
    const workerContext = await browser.newContext({ viewport: { width: 768, height: 1024 } });
    const cm = await workerContext.newPage();
    await openSignedIn(cm, `/clients/${client.id}/care-plan`, worker.email, worker.password);
    await cm.getByRole('button', { name: 'Language: English' }).click();
    await cm.getByRole('menuitem', { name: 'Español' }).click();
    const first = cm.getByRole('article', { name: /versión 1$/ });
    await expect(first.getByText('Vigente', { exact: true })).toBeVisible();
    await first.getByRole('button', { name: 'Revisar el plan' }).click();
    await cm.getByRole('dialog', { name: '¿Revisar el plan?' }).getByRole('button', { name: 'Empezar una nueva versión' }).click();
    const second = cm.getByRole('article', { name: /versión 2$/ });
    await expect(second.getByText('Borrador', { exact: true })).toBeVisible();
    await expect(first.getByRole('button', { name: 'Revisar el plan' })).toHaveCount(0);
    await second.getByRole('button', { name: 'Editar la meta: Quiero un trabajo.' }).click();
    const goal = cm.getByRole('dialog', { name: 'Editar la meta' });
    await goal.getByRole('textbox', { name: 'La meta, en las propias palabras de la persona' }).fill('Quiero un trabajo de medio tiempo que me guste.');
    await goal.getByRole('button', { name: 'Guardar cambios' }).click();
    await expect(second.getByRole('heading', { name: 'Quiero un trabajo de medio tiempo que me guste.' })).toBeVisible();

    // The two versions compared, field by field.
    const versions = cm.getByRole('region', { name: 'Versiones' });
    await versions.getByRole('checkbox', { name: /^Comparar la versión 1 / }).check();
    await versions.getByRole('checkbox', { name: /^Comparar la versión 2 / }).check();
    await versions.getByRole('button', { name: 'Comparar las dos versiones' }).click();
    const comparison = cm.getByRole('dialog', { name: 'Versión 1 comparada con la versión 2' });
    const changed = comparison.getByRole('region', { name: 'Quiero un trabajo de medio tiempo que me guste.' });
    await expect(changed.getByText('Cambiado', { exact: true })).toBeVisible();
    await expect(changed.getByRole('row', { name: /^Meta / })).toContainText('Quiero un trabajo.');
    expect(await cm.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
    await comparison.getByRole('button', { name: 'Cerrar la comparación' }).click();

    // Submitted meanwhile from elsewhere, the draft on screen no longer takes changes, and says why.
    const workerToken = await apiToken(request, worker.email, worker.password);
    const { clientCarePlans } = await gql<{ clientCarePlans: { id: string; version: number }[] }>(
      request,
      'query ($id: ID!) { clientCarePlans(clientId: $id) { id version } }',
      { id: client.id },
      workerToken,
    );
    await gql(
      request,
      'mutation ($input: CarePlanVersionInput!) { submitCarePlan(input: $input) { version } }',
      { input: { carePlanId: clientCarePlans[0].id, version: clientCarePlans[0].version } },
      workerToken,
    );
    await second.getByRole('button', { name: 'Editar la meta: Quiero un trabajo de medio tiempo que me guste.' }).click();
    await goal.getByRole('textbox', { name: 'La meta, en las propias palabras de la persona' }).fill('Quiero un trabajo de tiempo completo.');
    await goal.getByRole('button', { name: 'Guardar cambios' }).click();
    await expect(goal.getByRole('alert')).toContainText('Solo se puede cambiar un plan en borrador.');
    await goal.getByRole('button', { name: 'Cancelar' }).click();

    // The timeline's entry for the plan opens it on the care-plan tab.
    await cm.getByRole('tab', { name: 'Cronología' }).click();
    await cm.getByRole('link', { name: /^Abrir el plan de atención/ }).first().click();
    await expect(cm).toHaveURL(new RegExp(`/clients/${client.id}/care-plan\\?item=`));
    await expect(cm.getByRole('article', { name: /^Plan de atención de / }).first()).toBeVisible();

    // The approved plan's review on the worklist, its generated title worded in Spanish.
    await cm.goto('/worklist');
    await expect(cm.getByRole('article', { name: `Revisar el plan de atención de ${programName}` })).toBeVisible();
    await workerContext.close();
  });

  test('a case manager finds their draft under their plans in progress and closes it with a reason; the program can take a new plan', async ({ page, request }) => {
    const worker = await createUser(request, { role: 'CASE_MANAGER' });
    const { client } = await enrolledClient(request, worker);
    const token = await apiToken(request, worker.email, worker.password);
    const { clientEnrollments } = await gql<{ clientEnrollments: { id: string }[] }>(request, 'query ($id: ID!) { clientEnrollments(clientId: $id) { id } }', { id: client.id }, token);
    await gql(request, 'mutation ($input: CreateCarePlanInput!) { createCarePlan(input: $input) { id } }', { input: { enrollmentId: clientEnrollments[0].id, effectiveOn: today() } }, token);

    await openSignedIn(page, '/care-plans', worker.email, worker.password);
    const inProgress = page.getByRole('region', { name: 'My plans in progress' });
    await expect(inProgress.getByRole('row', { name: new RegExp(literal(client.displayName)) })).toContainText('Draft');
    await inProgress.getByRole('link', { name: `Open the plan for ${client.displayName}` }).click();

    const plan = page.getByRole('article', { name: /^Care plan for / });
    await plan.getByRole('button', { name: 'Close the plan' }).click();
    const closing = page.getByRole('dialog', { name: 'Close the plan?' });
    await closing.getByRole('button', { name: 'Close the plan' }).click();
    await expect(closing.getByText('This field is required')).toBeVisible();
    await closing.getByRole('textbox', { name: 'Why it is closed' }).fill('Started by mistake for the wrong program.');
    await closing.getByRole('button', { name: 'Close the plan' }).click();
    await expect(closing).toBeHidden();
    await expect(plan.getByText('Closed', { exact: true }).first()).toBeVisible();
    await expect(plan).toBeFocused();
    await expect(plan.getByText(/Started by mistake for the wrong program\./)).toBeVisible();
    await expect(plan.getByRole('button', { name: 'Close the plan' })).toHaveCount(0);

    // Closed, it leaves the plans in progress, and the program may start a new one.
    await expect(page.getByRole('button', { name: 'Start a care plan' })).toBeVisible();
    await page.goto('/care-plans');
    await expect(page.getByRole('region', { name: 'My plans in progress' }).getByText(client.displayName)).toHaveCount(0);
  });
});
