import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { apiToken, gql, type TestUser } from './app';
import { createClient, type TestClient, uniqueTag } from './clients';

const SUPERVISOR = 'supervisor@riverside.example';
/** Two services of the seeded partner agency (apps/api/src/seed/plan-directory-partner.ts), shared with every agency. */
export const PANTRY = 'Lakeside Community Food Pantry';
export const PARENTING = 'Parenting Support Group';

/** A Spanish-speaking client of Riverside, enrolled with the worker as primary case manager. */
export async function spanishSpeakingClient(request: APIRequestContext, worker: TestUser): Promise<TestClient & { email: string }> {
  const supervisor = await apiToken(request, SUPERVISOR);
  const email = `rosa.${uniqueTag().toLowerCase()}@example.org`;
  const client = await createClient(request, supervisor, { legalFirstName: 'Rosa', legalLastName: `Delgado${uniqueTag()}`, dateOfBirth: '1979-06-12', primaryLanguage: 'Spanish', email });
  const { programs } = await gql<{ programs: { id: string; active: boolean }[] }>(request, '{ programs { id active } }', {}, supervisor);
  await gql(
    request,
    'mutation ($input: EnrollClientInput!) { enrollClient(input: $input) { id } }',
    { input: { clientId: client.id, programId: programs.find((program) => program.active)?.id, openedOn: new Date().toISOString().slice(0, 10), primaryCaseManagerId: worker.id, reason: 'Food insecurity' } },
    supervisor,
  );
  return { ...client, email };
}

/** Searches the builder's directory search for the service's exact name and adds it. */
export async function addService(page: Page, name: string) {
  const dialog = page.getByRole('dialog', { name: 'New resource list' });
  await dialog.getByRole('textbox', { name: 'Search the directory' }).fill(`"${name}"`);
  await dialog.getByRole('textbox', { name: 'Search the directory' }).press('Enter');
  await dialog.getByRole('button', { name: `Add ${name} to the list` }).first().click();
  await expect(dialog.getByRole('list', { name: /^On the list/ }).getByText(name)).toBeVisible();
}
