import { expect, test } from '@playwright/test';
import { apiToken, createUser, mainNav, openSignedIn } from './support/app';
import { createClient, uniqueTag } from './support/clients';
import { IDLE_LOCK_MINUTES } from './support/env';
import { completedScreener, ensureSocialNeedsScreener, saveAnswersElsewhere, SCREENER_NAME } from './support/instruments';

test.describe('assessments', () => {
  test('a case manager starts the social-needs screener, answers part, keeps it through a reload, a lost connection and the idle lock, is pointed at the questions still missing, completes it and sees the scores and needs', async ({ page, request }) => {
    await ensureSocialNeedsScreener(request);
    const worker = await createUser(request);
    const token = await apiToken(request, worker.email, worker.password);
    const client = await createClient(request, token, { legalFirstName: 'Marisol', legalLastName: `Quintero${uniqueTag()}`, dateOfBirth: '1979-02-14' });
    await openSignedIn(page, `/clients/${client.id}/assessments`, worker.email, worker.password);
    await expect(page.getByRole('heading', { name: 'No assessments yet' })).toBeVisible();

    await page.getByRole('button', { name: 'Start an assessment' }).click();
    const start = page.getByRole('dialog', { name: 'Start an assessment' });
    await start.getByRole('combobox', { name: 'Instrument' }).selectOption({ label: SCREENER_NAME });
    await start.getByRole('button', { name: 'Start', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: SCREENER_NAME })).toBeVisible();

    // Skip logic: the problems with the home are asked only of someone who has one.
    const housing = page.getByRole('group', { name: /What is your living situation today\?/ });
    const homeProblems = page.getByRole('group', { name: /Do you have problems with any of these where you live\?/ });
    await expect(homeProblems).toBeHidden();
    await housing.getByRole('radio', { name: 'I have a steady place to live' }).check();
    await expect(homeProblems).toBeVisible();
    await housing.getByRole('radio', { name: 'I am staying with others for now' }).check();
    await expect(homeProblems).toBeHidden();
    await expect(page.getByRole('list', { name: 'Needs so far' })).toHaveText('Housing');
    const foodWorry = page.getByRole('group', { name: /I worried that our food would run out/ });
    await foodWorry.getByRole('radio', { name: 'Often true' }).check();
    const transport = page.getByRole('group', { name: /lack of reliable transportation/ });
    await transport.getByRole('radio', { name: 'Yes', exact: true }).check();
    const saved = page.getByRole('status').filter({ hasText: /^Saved at / });
    await expect(saved).toBeAttached();

    await page.reload();
    await expect(housing.getByRole('radio', { name: 'I am staying with others for now' })).toBeChecked();
    await expect(foodWorry.getByRole('radio', { name: 'Often true' })).toBeChecked();
    await expect(transport.getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();

    // Saving fails: the answer is kept on this device through the idle lock and a reload, and is sent on retry.
    await page.route('**/graphql', (route) => (route.request().postData()?.includes('SaveAssessmentAnswers') ? route.abort('internetdisconnected') : route.continue()));
    const foodRanOut = page.getByRole('group', { name: /the food we bought didn't last/ });
    await foodRanOut.getByRole('radio', { name: 'Sometimes true' }).check();
    const notSaved = page.getByRole('alert').filter({ hasText: 'Not saved: Waymark cannot be reached.' });
    await expect(notSaved).toBeVisible();
    const lock = page.getByRole('dialog', { name: 'Your screen is locked' });
    await expect(lock).toBeVisible({ timeout: IDLE_LOCK_MINUTES * 60_000 + 15_000 });
    await lock.getByRole('textbox', { name: 'Password' }).fill(worker.password);
    await lock.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(lock).toBeHidden();
    await expect(foodRanOut.getByRole('radio', { name: 'Sometimes true' })).toBeChecked();
    await page.reload();
    await expect(foodRanOut.getByRole('radio', { name: 'Sometimes true' })).toBeChecked();
    await expect(page.getByText('1 answer given on this device that had not reached Waymark came back and is being saved.')).toBeVisible();
    await expect(notSaved).toBeVisible();
    await page.unroute('**/graphql');
    await notSaved.getByRole('button', { name: 'Retry' }).click();
    await expect(saved).toBeAttached();
    await expect(notSaved).toBeHidden();

    // Completing too early names what is missing and lands on the first of it.
    await page.getByRole('button', { name: 'Complete assessment' }).click();
    const missing = page.getByRole('alert').filter({ hasText: 'required questions have no answer' });
    await expect(missing).toContainText('4 required questions have no answer');
    const utilities = page.getByRole('group', { name: /threatened to shut off your service/ });
    await expect(utilities.getByRole('radio').first()).toBeFocused();
    await expect(utilities.getByText('This question needs an answer before the assessment can be completed')).toBeVisible();
    await missing.getByRole('link', { name: /How hard is it for you to pay for the basics/ }).click();
    const paying = page.getByRole('group', { name: /How hard is it for you to pay for the basics/ });
    await expect(paying.getByRole('radio').first()).toBeFocused();
    await paying.getByRole('radio', { name: 'Very hard' }).check();
    await expect(missing).toContainText('3 required questions have no answer');
    await utilities.getByRole('radio', { name: 'No', exact: true }).check();
    await page.getByRole('group', { name: /Do you feel physically and emotionally safe/ }).getByRole('radio', { name: 'Yes', exact: true }).check();
    await page.getByRole('group', { name: /has anyone hurt, threatened or frightened you/ }).getByRole('radio', { name: 'No', exact: true }).check();
    await expect(missing).toBeHidden();

    await page.getByRole('button', { name: 'Complete assessment' }).click();
    const complete = page.getByRole('dialog', { name: `Complete the ${SCREENER_NAME}` });
    await complete.getByRole('button', { name: 'Complete', exact: true }).click();
    await expect(complete).toBeHidden();

    // The result: the total in its band, and a need in each domain a risky answer spoke to.
    const scores = page.getByRole('region', { name: 'Scores' });
    const total = scores.getByRole('row', { name: /Social needs/ });
    await expect(total).toContainText('8 (8 questions answered)');
    await expect(total).toContainText('Many needs: plan with the client soon');
    const needs = page.getByRole('list', { name: 'Needs found' });
    for (const domain of ['Housing', 'Food', 'Transportation', 'Income']) await expect(needs.getByText(domain, { exact: true }).first()).toBeVisible();
    await expect(needs.getByText('Safety', { exact: true })).toBeHidden();
    await expect(page.getByRole('region', { name: 'Answers' }).getByText('I am staying with others for now')).toBeVisible();
    // The client's first screener: nothing earlier to compare it with.
    await expect(page.getByRole('button', { name: 'Compare with previous' })).toBeHidden();

    // Back on the record, the list says the same; the timeline's entry opens it.
    await page.getByRole('link', { name: 'Back to assessments' }).click();
    const card = page.getByRole('article', { name: SCREENER_NAME });
    await expect(card.getByText('Completed', { exact: true })).toBeVisible();
    await expect(card.getByText(/Social needs: 8 · Many needs/)).toBeVisible();
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await page.getByRole('link', { name: /^Open the assessment/ }).first().click();
    await expect(page).toHaveURL(/\/assessments\?item=/);
    await expect(card).toBeFocused();
  });

  test('on a tablet in Spanish, a completed screener is corrected with a reason, a save that crossed another is resolved, and the correction is compared with what it corrects', async ({ page, request }) => {
    await ensureSocialNeedsScreener(request);
    const worker = await createUser(request);
    const token = await apiToken(request, worker.email, worker.password);
    const client = await createClient(request, token, { legalFirstName: 'Teodoro', legalLastName: `Alcaraz${uniqueTag()}`, dateOfBirth: '1964-11-30' });
    const today = new Date().toLocaleDateString('en-CA');
    await completedScreener(request, token, client.id, today);
    await page.setViewportSize({ width: 768, height: 1024 });
    await openSignedIn(page, `/clients/${client.id}/assessments`, worker.email, worker.password);
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitem', { name: 'Español' }).click();

    const original = page.getByRole('article', { name: SCREENER_NAME });
    await expect(original.getByText('Completada', { exact: true })).toBeVisible();
    await original.getByRole('button', { name: `Corregir la evaluación ${SCREENER_NAME}` }).click();
    const correct = page.getByRole('dialog', { name: `Corregir la evaluación ${SCREENER_NAME}` });
    await correct.getByRole('button', { name: 'Iniciar la corrección' }).click();
    await expect(correct.getByText('Este campo es obligatorio')).toBeVisible();
    await correct.getByRole('textbox', { name: 'Por qué necesita corrección' }).fill('El cliente sí tiene transporte: un vecino lo lleva');
    await correct.getByRole('button', { name: 'Iniciar la corrección' }).click();

    // The correction opens in the runner with the answers of the one it corrects.
    await expect(page).toHaveURL(/\/assessments\/[0-9a-f-]+$/);
    const correctionId = page.url().split('/').pop() ?? '';
    const transport = page.getByRole('group', { name: /falta de transporte confiable/ });
    await expect(transport.getByRole('radio', { name: 'Sí', exact: true })).toBeChecked();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await transport.getByRole('radio', { name: 'No', exact: true }).check();
    const saved = page.getByRole('status').filter({ hasText: /^Guardado a las / });
    await expect(saved).toBeAttached();

    // Saved in another window meanwhile: the next save says so, names what differs, and the saved answers can be taken.
    await saveAnswersElsewhere(request, token, correctionId, { paying_basics: 'SOMEWHAT_HARD' });
    await transport.getByRole('radio', { name: 'Sí', exact: true }).check();
    const conflict = page.getByRole('alert').filter({ hasText: 'Esta evaluación se guardó en otro lugar mientras tanto' });
    await expect(conflict).toContainText('2 de sus respuestas difieren de lo guardado');
    await conflict.getByRole('button', { name: 'Usar las respuestas guardadas' }).click();
    await expect(conflict).toBeHidden();
    await expect(transport.getByRole('radio', { name: 'No', exact: true })).toBeChecked();

    await page.getByRole('button', { name: 'Completar la evaluación' }).click();
    await page.getByRole('dialog', { name: `Completar la evaluación ${SCREENER_NAME}` }).getByRole('button', { name: 'Completar', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Puntuaciones' }).getByRole('row').nth(1)).toContainText('6 (8 preguntas respondidas)');

    await page.getByRole('button', { name: 'Comparar con la anterior' }).click();
    const comparison = page.getByRole('dialog', { name: 'Comparada con la evaluación anterior' });
    const scoreRow = comparison.getByRole('region', { name: 'Puntuaciones' }).getByRole('row').nth(1);
    await expect(scoreRow).toContainText('8');
    await expect(scoreRow).toContainText('−2');
    const changes = comparison.getByRole('region', { name: '2 respuestas cambiaron' });
    await expect(changes.getByRole('row', { name: /falta de transporte confiable/ })).toContainText(/Sí\s*No/);
    await page.keyboard.press('Escape');

    await page.getByRole('link', { name: 'Volver a las evaluaciones' }).click();
    await expect(page.getByText('2 evaluaciones')).toBeVisible();
    await expect(page.getByRole('article', { name: SCREENER_NAME }).filter({ hasText: 'Corregida después' })).toBeVisible();
    await expect(page.getByRole('article', { name: SCREENER_NAME }).filter({ hasText: 'Corrección' })).toContainText('El cliente sí tiene transporte');
  });

  test('an admin reads the instruments and tries the screener without saving: skip logic, and the score and needs as they change', async ({ page, request }) => {
    await ensureSocialNeedsScreener(request);
    await openSignedIn(page, '/dashboard');
    await mainNav(page).getByRole('link', { name: 'Instruments' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Assessment instruments' })).toBeVisible();
    await page.getByRole('link', { name: SCREENER_NAME }).click();
    await expect(page.getByRole('heading', { level: 1, name: SCREENER_NAME })).toBeVisible();
    await expect(page.getByText('SOCIAL_NEEDS')).toBeVisible();

    const homeProblems = page.getByRole('group', { name: /Do you have problems with any of these where you live\?/ });
    await expect(homeProblems).toBeHidden();
    await page.getByRole('group', { name: /What is your living situation today\?/ }).getByRole('radio', { name: 'I have a place, but I am worried about losing it' }).check();
    await expect(homeProblems).toBeVisible();
    const findings = page.getByRole('region', { name: 'What these answers give' });
    await expect(findings.getByRole('row', { name: /Social needs/ })).toContainText('2 (1 question answered)');
    await expect(findings.getByRole('list', { name: 'Needs found' })).toContainText('Housing');
    await findings.getByRole('button', { name: 'Start over' }).click();
    await expect(findings.getByText('No needs found.')).toBeVisible();
    await expect(homeProblems).toBeHidden();
  });
});
