import { expect, test } from '@playwright/test';
import { ADMIN, apiToken, createUser, gql, openSignedIn } from './support/app';
import { createClient, uniqueTag } from './support/clients';

const SUPERVISOR = 'supervisor@riverside.example';

test.describe('dashboard and review queue', () => {
  test('a case manager finds their caseload and unsigned drafts on the dashboard', async ({ page, request }) => {
    const worker = await createUser(request);
    const token = await apiToken(request, worker.email, worker.password);
    const client = await createClient(request, token, { legalFirstName: 'Dana', legalLastName: `Okafor${uniqueTag()}`, dateOfBirth: '1984-02-03' });
    const { createCaseNote } = await gql<{ createCaseNote: { id: string } }>(
      request,
      'mutation ($input: CreateCaseNoteInput!) { createCaseNote(input: $input) { id } }',
      { input: { clientId: client.id, noteType: 'PHONE_CALL', occurredAt: new Date(Date.now() - 3_600_000).toISOString(), narrative: 'Called about housing' } },
      token,
    );
    await openSignedIn(page, '/dashboard', worker.email, worker.password);

    const caseload = page.getByRole('region', { name: 'My caseload', exact: true });
    await expect(caseload.getByRole('link', { name: new RegExp(client.displayName) })).toBeVisible();
    await expect(caseload.getByRole('link', { name: 'Open my caseload (1 client)' })).toHaveAttribute('href', '/clients/caseload');

    const drafts = page.getByRole('region', { name: 'My unsigned drafts' });
    await drafts.getByRole('link', { name: /^Phone call of / }).click();
    await expect(page).toHaveURL(new RegExp(`/clients/${client.id}/notes\\?item=${createCaseNote.id}$`));
  });

  test('a supervisor opens an incident from the review queue and sees the report it signs off', async ({ page, request }) => {
    const tag = uniqueTag();
    const token = await apiToken(request, SUPERVISOR);
    const client = await createClient(request, token, { legalFirstName: 'Rui', legalLastName: `Mendes${tag}`, dateOfBirth: '1975-06-07' });
    await gql(
      request,
      'mutation ($input: ReportIncidentInput!) { reportIncident(input: $input) { id } }',
      {
        input: {
          clientId: client.id,
          incidentType: 'FALL',
          severity: 'CRITICAL',
          occurredAt: new Date(Date.now() - 86_400_000).toISOString(),
          description: `Fell on the stairs ${tag}`,
          actionsTaken: `Called the nurse ${tag}`,
          notifications: [{ party: 'GUARDIAN', name: `Guardian ${tag}`, method: 'PHONE', notifiedAt: new Date(Date.now() - 80_000_000).toISOString() }],
        },
      },
      await apiToken(request, ADMIN.email),
    );
    await openSignedIn(page, '/dashboard', SUPERVISOR);
    await page.getByRole('region', { name: 'Incidents awaiting review' }).getByRole('link', { name: 'Open the review queue' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Incidents awaiting review' })).toBeVisible();
    const row = page.getByRole('row', { name: new RegExp(`Fell on the stairs ${tag}`) });
    await expect(row.getByText('Critical severity')).toBeVisible();
    await row.getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/clients/${client.id}/incidents\\?item=`));

    await page.getByRole('button', { name: /^Review and sign off: / }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByText(`Fell on the stairs ${tag}`)).toBeVisible();
    await expect(dialog.getByText(`Called the nurse ${tag}`)).toBeVisible();
    await expect(dialog.getByText(new RegExp(`Guardian ${tag}`))).toBeVisible();
  });
});
