import { expect, test } from '@playwright/test';
import { apiToken, createUser, gql, mainNav, openSignedIn } from './support/app';
import { createClient, uniqueTag } from './support/clients';

/** 'YYYY-MM-DD', `months` from today (UTC), as the API speaks it. */
function monthsFromToday(months: number): string {
  const day = new Date();
  day.setUTCMonth(day.getUTCMonth() + months);
  return day.toISOString().slice(0, 10);
}

test.describe('care-team training', () => {
  test('a case manager records a medication-support training for two residential staff and sees where each stands, on a tablet', async ({ page, request }) => {
    await page.setViewportSize({ width: 768, height: 1024 });
    const worker = await createUser(request);
    const token = await apiToken(request, worker.email, worker.password);
    const client = await createClient(request, token, { legalFirstName: 'Rafael', legalLastName: `Quintero${uniqueTag()}`, dateOfBirth: '1968-03-21' });
    await openSignedIn(page, `/clients/${client.id}/care-team`, worker.email, worker.password);

    await expect(page.getByRole('heading', { name: 'No trainings yet' })).toBeVisible();
    await expect(page.getByText('No one has been trained for this client yet.')).toBeVisible();
    await page.getByRole('button', { name: 'Record a training' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record a training' });
    await dialog.getByRole('combobox', { name: 'Topic' }).selectOption({ label: 'Medication support' });
    await expect(dialog.getByRole('radio', { name: 'Topic default (12 months)' })).toBeChecked();
    await dialog.getByRole('textbox', { name: 'What was covered' }).fill('Morning and evening doses; what to do when a dose is refused.');
    await dialog.getByRole('textbox', { name: 'Name of person 1' }).fill('Ana Ruiz');
    await dialog.getByRole('combobox', { name: 'Role of person 1' }).selectOption({ label: 'Residential staff' });
    await dialog.getByRole('button', { name: 'Add a person' }).click();
    await dialog.getByRole('textbox', { name: 'Name of person 2' }).fill('Ben Okafor');
    await dialog.getByRole('combobox', { name: 'Role of person 2' }).selectOption({ label: 'Residential staff' });
    await dialog.getByRole('button', { name: 'Add a person' }).click();
    await dialog.getByRole('button', { name: 'Remove person 3' }).click();
    await expect(dialog.getByRole('textbox', { name: 'Name of person 3' })).toBeHidden();
    await dialog.getByRole('button', { name: 'Record training' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('The training was recorded.')).toBeVisible();

    const matrix = page.getByRole('table', { name: /Training status of the care team/ });
    await expect(matrix.getByRole('columnheader', { name: 'Medication support' })).toBeVisible();
    for (const name of ['Ana Ruiz', 'Ben Okafor']) {
      const row = matrix.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(name) }) });
      await expect(row.getByText(/^Current until /)).toBeVisible();
    }
    const card = page.getByRole('article', { name: 'Medication support' });
    await expect(card).toContainText(`trained by ${worker.displayName}`);
    await expect(card).toContainText('Ana Ruiz');
    await expect(card).toContainText('Ben Okafor');
    await expect(card.getByText(/^Refresh by /)).toBeVisible();
    // Nothing of the tab hides behind a sideways scroll of the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
  });

  test('an overdue refresher on the worklist leads to the Care team tab, where a refresher is recorded from the overdue cell', async ({ page, request }) => {
    const worker = await createUser(request);
    const token = await apiToken(request, worker.email, worker.password);
    const client = await createClient(request, token, { legalFirstName: 'Lucia', legalLastName: `Ferrer${uniqueTag()}`, dateOfBirth: '1990-07-02' });
    const trainee = `Carla ${uniqueTag()}`;
    const { recordCareTeamTraining: old } = await gql<{ recordCareTeamTraining: { trainees: { id: string }[] } }>(
      request,
      'mutation ($input: RecordCareTeamTrainingInput!) { recordCareTeamTraining(input: $input) { trainees { id } } }',
      {
        input: {
          clientId: client.id,
          topic: 'ABUSE_NEGLECT_EXPLOITATION_REPORTING',
          description: 'Signs of abuse and neglect, and the state hotline.',
          trainedOn: monthsFromToday(-14),
          trainerName: 'County APS trainer',
          trainees: [{ name: trainee, role: 'DAY_PROGRAM' }],
        },
      },
      token,
    );
    await openSignedIn(page, '/worklist?timing=OVERDUE', worker.email, worker.password);

    const task = page.getByRole('article').filter({ hasText: `Refresh ${trainee}'s training on abuse, neglect and exploitation reporting` });
    await expect(task.getByText('Training refresher')).toBeVisible();
    await task.getByRole('link', { name: /^Open the care-team training for/ }).click();
    await expect(page).toHaveURL(new RegExp(`/clients/${client.id}/care-team\\?item=${old.trainees[0].id}$`));
    await expect(page.locator(`#record-${old.trainees[0].id}`)).toBeFocused();

    const row = page.getByRole('table', { name: /Training status of the care team/ }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(trainee) }) });
    await expect(row.getByText(/^Overdue since /)).toBeVisible();
    await row.getByRole('button', { name: `Record a refresher on Abuse, neglect and exploitation reporting for ${trainee}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Record a refresher' });
    await expect(dialog.getByRole('combobox', { name: 'Topic' })).toHaveValue('ABUSE_NEGLECT_EXPLOITATION_REPORTING');
    await expect(dialog.getByRole('textbox', { name: 'Name of person 1' })).toHaveValue(trainee);
    await expect(dialog.getByRole('combobox', { name: 'Role of person 1' })).toHaveValue('DAY_PROGRAM');
    await dialog.getByRole('textbox', { name: 'What was covered' }).fill('Yearly refresher: what to report, and to whom, the same day.');
    await dialog.getByRole('button', { name: 'Record training' }).click();
    await expect(dialog).toBeHidden();
    await expect(row.getByText(/^Current until /)).toBeVisible();

    await page.goto('/worklist?timing=OVERDUE');
    await expect(mainNav(page).getByRole('link', { name: 'Worklist' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Worklist' })).toBeVisible();
    await expect(page.getByRole('article').filter({ hasText: `Refresh ${trainee}'s training` })).toHaveCount(0);
  });
});
