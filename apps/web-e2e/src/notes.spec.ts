import { expect, test } from '@playwright/test';
import { apiToken, createUser, gql, openSignedIn } from './support/app';
import { createClient, uniqueTag } from './support/clients';

test.describe('case notes when things go wrong', () => {
  test('signing while Waymark cannot be reached says so at the Sign button, and the note stays', async ({ page, request }) => {
    const worker = await createUser(request);
    const token = await apiToken(request, worker.email, worker.password);
    const client = await createClient(request, token, { legalFirstName: 'Ines', legalLastName: `Tavares${uniqueTag()}`, dateOfBirth: '1990-04-05' });
    await openSignedIn(page, `/clients/${client.id}/notes`, worker.email, worker.password);
    await page.getByRole('button', { name: 'Write a note' }).click();
    await page.getByRole('combobox', { name: 'Type of contact' }).selectOption({ label: 'Phone call' });

    await page.route('**/graphql', (route) => route.abort('internetdisconnected'));
    await page.getByRole('textbox', { name: 'Narrative' }).fill('Talked about the lease renewal.');
    await page.getByRole('button', { name: 'Sign note' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'The note was not signed: it could not be saved to Waymark.' })).toBeVisible();
    await expect(page.getByRole('dialog', { name: 'Sign this note?' })).toBeHidden();

    await page.unroute('**/graphql');
    await page.getByRole('button', { name: 'Sign note' }).click();
    await page.getByRole('dialog', { name: 'Sign this note?' }).getByRole('button', { name: 'Sign', exact: true }).click();
    await expect(page.getByText('The note was signed.')).toBeVisible();
  });

  test('an addendum being typed survives a reload, and Escape cancels it', async ({ page, request }) => {
    const worker = await createUser(request);
    const token = await apiToken(request, worker.email, worker.password);
    const client = await createClient(request, token, { legalFirstName: 'Omar', legalLastName: `Haddad${uniqueTag()}`, dateOfBirth: '1982-08-09' });
    const { createCaseNote: note } = await gql<{ createCaseNote: { id: string; version: number } }>(
      request,
      'mutation ($input: CreateCaseNoteInput!) { createCaseNote(input: $input) { id version } }',
      { input: { clientId: client.id, noteType: 'OFFICE_VISIT', occurredAt: new Date(Date.now() - 3_600_000).toISOString(), narrative: 'Reviewed the budget.' } },
      token,
    );
    await gql(request, 'mutation ($input: CaseNoteVersionInput!) { signCaseNote(input: $input) { id } }', { input: { noteId: note.id, version: note.version } }, token);
    await openSignedIn(page, `/clients/${client.id}/notes`, worker.email, worker.password);

    await page.getByRole('button', { name: /^Add addendum to Office visit/ }).click();
    await page.getByRole('textbox', { name: 'Addendum' }).fill('The rent figure was $950, not $590.');
    await page.reload();
    const addendum = page.getByRole('textbox', { name: 'Addendum' });
    await expect(addendum).toHaveValue('The rent figure was $950, not $590.');

    await addendum.press('Escape');
    await expect(addendum).toBeHidden();
    await page.reload();
    await expect(page.getByRole('button', { name: /^Add addendum to Office visit/ })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Addendum' })).toBeHidden();
  });
});
