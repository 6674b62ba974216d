import { expect, test } from '@playwright/test';
import { apiToken, gql, openSignedIn } from './support/app';
import { createClient, uniqueTag } from './support/clients';

test('an auditor reads notes without the copy and filter meant for their authors', async ({ page, request }) => {
  const token = await apiToken(request, 'supervisor@riverside.example');
  const client = await createClient(request, token, { legalFirstName: 'Petra', legalLastName: `Novak${uniqueTag()}` });
  await gql(
    request,
    'mutation ($input: CreateCaseNoteInput!) { createCaseNote(input: $input) { id } }',
    { input: { clientId: client.id, noteType: 'PHONE_CALL', occurredAt: new Date(Date.now() - 3_600_000).toISOString(), narrative: 'Checked in.' } },
    token,
  );
  await openSignedIn(page, `/clients/${client.id}/notes`, 'auditor@riverside.example');
  await expect(page.getByText('Every contact documented, newest first.', { exact: true })).toBeVisible();
  await expect(page.getByText(/Drafts are yours/)).toHaveCount(0);
  const author = page.getByRole('combobox', { name: 'Show author' });
  await expect(author).toBeVisible();
  await expect(author.getByRole('option', { name: 'Me', exact: true })).toHaveCount(0);
});

test('a case manager is told the client list is their caseload', async ({ page }) => {
  await openSignedIn(page, '/clients', 'casemanager@riverside.example');
  await expect(page.getByText(/^The clients on your caseload\./)).toBeVisible();
});
