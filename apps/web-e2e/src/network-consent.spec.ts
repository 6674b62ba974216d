import { expect, test } from '@playwright/test';
import { apiToken, gql, openSignedIn } from './support/app';
import { createClient, uniqueTag } from './support/clients';

const SUPERVISOR = 'supervisor@riverside.example';

test('"May share" warns while no consent in force names the person, and turns plain once one does', async ({ page, request }) => {
  const tag = uniqueTag();
  const token = await apiToken(request, SUPERVISOR);
  const client = await createClient(request, token, { legalFirstName: 'Beatriz', legalLastName: `Lobo${tag}` });
  const brother = `Tiago Lobo${tag}`;
  const { addClientContact } = await gql<{ addClientContact: { id: string } }>(
    request,
    'mutation ($input: AddClientContactInput!) { addClientContact(input: $input) { id } }',
    { input: { clientId: client.id, kind: 'FAMILY', name: brother, relationship: 'Brother', mayShareInformation: true } },
    token,
  );
  await openSignedIn(page, `/clients/${client.id}/network`, SUPERVISOR);
  const card = page.getByRole('article', { name: brother });
  await expect(card.getByText('May share (no active consent)')).toBeVisible();

  const today = new Date().toISOString().slice(0, 10);
  await gql(
    request,
    'mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }',
    {
      input: {
        clientId: client.id,
        categories: ['CASE_NOTES'],
        recipientKind: 'PERSON',
        recipientContactId: addClientContact.id,
        purpose: 'Family support',
        effectiveFrom: today,
        signatureMethod: 'WRITTEN',
        signedOn: today,
      },
    },
    token,
  );
  await page.reload();
  await expect(card.getByText('May share', { exact: true })).toBeVisible();
  await expect(card.getByText('May share (no active consent)')).toHaveCount(0);
});
