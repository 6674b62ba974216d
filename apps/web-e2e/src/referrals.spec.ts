import { expect, type APIRequestContext, type Locator, type Page, test } from '@playwright/test';
import { apiToken, createUser, DEMO_PASSWORD, gql, mainNav, openSignedIn, type TestUser } from './support/app';
import { createClient, type TestClient, uniqueTag } from './support/clients';

const SUPERVISOR = 'supervisor@riverside.example';
/** Lakeside's seeded case manager, who answers referrals in Lakeside's inbox. */
const LAKESIDE_CASE_MANAGER = 'casemanager@lakeside.example';
/** The seeded partner pantry (apps/api/src/seed/plan-directory-partner.ts), kept by Lakeside, which is on Waymark. */
const PANTRY = 'Lakeside Community Food Pantry';
const LAKESIDE = 'Lakeside Family Services';

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Tomorrow at 10:00 on the device's clock, as a datetime-local field takes it. */
function tomorrowAtTen(): string {
  const date = new Date(Date.now() + 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T10:00`;
}

/** A client of Riverside enrolled with the worker as primary case manager, and the program's name. */
async function enrolledClient(request: APIRequestContext, supervisor: string, worker: TestUser): Promise<{ client: TestClient; program: string }> {
  const client = await createClient(request, supervisor, { legalFirstName: 'Lucía', legalLastName: `Ortega${uniqueTag()}`, dateOfBirth: '1986-02-03', primaryLanguage: 'Spanish' });
  const { programs } = await gql<{ programs: { id: string; name: string; active: boolean }[] }>(request, '{ programs { id name active } }', {}, supervisor);
  const program = programs.find((candidate) => candidate.active);
  await gql(
    request,
    'mutation ($input: EnrollClientInput!) { enrollClient(input: $input) { id } }',
    { input: { clientId: client.id, programId: program?.id, openedOn: today(), primaryCaseManagerId: worker.id, reason: 'Food insecurity' } },
    supervisor,
  );
  return { client, program: program?.name ?? '' };
}

/** The pantry's service id and the Lakeside agency it belongs to, read by Lakeside's admin, who keeps the entry. */
async function lakesidePantry(request: APIRequestContext): Promise<{ serviceId: string; agencyId: string }> {
  const token = await apiToken(request, 'admin@lakeside.example');
  const { directoryOrganizations } = await gql<{
    directoryOrganizations: { edges: { node: { services: { id: string; name: string }[]; waymarkAgency: { id: string } | null } }[] };
  }>(request, 'query ($search: String) { directoryOrganizations(search: $search, first: 10) { edges { node { services { id name } waymarkAgency { id } } } } }', { search: LAKESIDE }, token);
  for (const { node } of directoryOrganizations.edges) {
    const pantry = node.services.find((service) => service.name === PANTRY);
    if (pantry && node.waymarkAgency) return { serviceId: pantry.id, agencyId: node.waymarkAgency.id };
  }
  throw new Error(`The seeded ${PANTRY} of ${LAKESIDE} was not found`);
}

/** The client's written consent to share these categories (referrals, demographics and contact details unless told) with Lakeside. */
async function consentToLakeside(
  request: APIRequestContext,
  supervisor: string,
  clientId: string,
  agencyId: string,
  categories = ['REFERRALS', 'DEMOGRAPHICS', 'CONTACT_INFO'],
): Promise<{ id: string; version: number }> {
  const { recordConsent } = await gql<{ recordConsent: { id: string; version: number } }>(
    request,
    'mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id version } }',
    {
      input: {
        clientId,
        recipientKind: 'AGENCY',
        recipientAgencyId: agencyId,
        categories,
        purpose: 'Referral to the food pantry',
        effectiveFrom: today(),
        signedOn: today(),
        signatureMethod: 'WRITTEN',
      },
    },
    supervisor,
  );
  return recordConsent;
}

/**
 * A window left alone while the other side works: whenever the short inactivity lock of the test
 * server has come down over it, signs in again before the next action or check (the page stays
 * as it was under the lock).
 */
async function signBackInWhenLocked(page: Page, password: string): Promise<void> {
  const lock = page.getByRole('dialog', { name: 'Your screen is locked' });
  await page.addLocatorHandler(lock, async () => {
    await lock.getByRole('textbox', { name: 'Password' }).fill(password);
    await lock.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(lock).toBeHidden();
  });
}

/** How many referrals wait unopened in Lakeside's inbox, as its case manager's API reads them. */
async function lakesideInboxCount(request: APIRequestContext): Promise<number> {
  const { referralStatusCounts } = await gql<{ referralStatusCounts: { status: string; count: number }[] }>(
    request,
    'query { referralStatusCounts(box: RECEIVED) { status count } }',
    {},
    await apiToken(request, LAKESIDE_CASE_MANAGER),
  );
  return referralStatusCounts.find((entry) => entry.status === 'SENT')?.count ?? 0;
}

/** The navigation's count of new referrals: the number shown, or no badge at all for none. */
async function expectInboxBadge(page: Page, count: number): Promise<void> {
  const badge = mainNav(page).getByTestId('referral-inbox-count');
  if (count === 0) await expect(badge).toHaveCount(0);
  else await expect(badge.locator('[aria-hidden="true"]')).toHaveText(String(count));
}

/**
 * Waits for a page to show `text` by itself (its polling), moving the mouse as a person reading
 * it would, so the short inactivity lock of the test server does not come down meanwhile.
 */
async function showsByItself(page: Page, where: Locator, text: string | RegExp): Promise<void> {
  await expect(async () => {
    await page.mouse.move(10 + Math.random() * 40, 300);
    await expect(where).toContainText(text, { timeout: 1_000 });
  }).toPass({ timeout: 45_000 });
}

test.describe('closed-loop referrals', () => {
  // Each test sends to Lakeside's inbox, whose count the first one checks step by step: one at a time.
  test.describe.configure({ mode: 'default' });

  test('a Riverside case manager refers a client to Lakeside’s pantry; Lakeside accepts, schedules and completes it, and the sender sees each step', async ({
    page,
    browser,
    request,
  }) => {
    test.setTimeout(180_000);
    const supervisor = await apiToken(request, SUPERVISOR);
    const worker = await createUser(request, { role: 'CASE_MANAGER' });
    const { client, program } = await enrolledClient(request, supervisor, worker);
    const pantry = await lakesidePantry(request);
    await consentToLakeside(request, supervisor, client.id, pantry.agencyId);

    // The sender refers from the service's page, for the client they came with.
    await openSignedIn(page, `/directory/services/${pantry.serviceId}?clientId=${client.id}`, worker.email, worker.password);
    await expect(page.getByRole('heading', { level: 1, name: PANTRY })).toBeVisible();
    await page.getByRole('link', { name: 'Refer', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New referral' })).toBeVisible();
    await expect(page.getByTestId('referral-service')).toContainText(PANTRY);
    await expect(page.getByTestId('referral-service')).toContainText('On Waymark');
    await expect(page.getByRole('combobox', { name: 'Client' })).toHaveValue(new RegExp(client.displayName));
    // Their only open enrollment is chosen for them.
    await expect(page.getByRole('combobox', { name: 'Program' })).toHaveValue(program);
    const consent = page.getByTestId('referral-consent');
    await expect(consent).toContainText(`A consent in force covers referrals to ${LAKESIDE}.`);
    await expect(consent).toContainText('Name, date of birth and language (demographics) (Shared)');
    await expect(consent).toContainText('Phone, email and address (contact information) (Shared)');

    await page.getByRole('textbox', { name: 'Reason for the referral' }).fill('Lucía’s family ran out of groceries this week; she prefers Spanish.');
    // The needs start as the service's categories (food pantry), kept as they are.
    await page.getByText('Urgent', { exact: true }).click();
    await expect(page.getByRole('radio', { name: 'Urgent' })).toBeChecked();
    await page.getByRole('textbox', { name: 'Note for the receiver' }).fill('Best reached in the mornings.');
    const waiting = await lakesideInboxCount(request);
    await page.getByRole('button', { name: 'Send referral' }).click();

    await expect(page.getByRole('heading', { level: 1, name: `Referral to ${PANTRY}` })).toBeVisible();
    await expect(page.getByTestId('referral-status')).toContainText('Sent');
    await expect(page.getByLabel('Needs')).toContainText('Food pantry');
    await expect(page.getByTestId('referral-status')).toContainText('Urgent');
    const referralPath = new URL(page.url()).pathname;
    // Marks this document, to tell later that the page was never reloaded.
    await page.evaluate(() => Object.assign(window, { notReloaded: true }));

    // Lakeside's case manager finds it new in the inbox and accepts it there.
    const lakeside = await browser.newContext({ baseURL: new URL(page.url()).origin, locale: 'en-US' });
    const receiver = await lakeside.newPage();
    await openSignedIn(receiver, '/referrals?box=RECEIVED', LAKESIDE_CASE_MANAGER, DEMO_PASSWORD);
    await signBackInWhenLocked(page, worker.password);
    await signBackInWhenLocked(receiver, DEMO_PASSWORD);
    await expect(receiver.getByRole('heading', { level: 1, name: 'Referrals' })).toBeVisible();
    // The navigation counts this one among the new, and no longer once it is accepted.
    await expectInboxBadge(receiver, waiting + 1);
    const row = receiver.getByRole('article', { name: new RegExp(client.displayName) });
    await expect(row.getByText('New', { exact: true })).toBeVisible();
    await row.getByRole('button', { name: `Accept: referral of ${client.displayName}` }).click();
    await expect(row.getByText('Accepted', { exact: true })).toBeVisible();
    await expect(row.getByText('New', { exact: true })).toHaveCount(0);
    await expectInboxBadge(receiver, waiting);
    // The Accept button went with the answer: focus waits on the row's link.
    await expect(row.getByRole('link', { name: new RegExp(client.displayName) })).toBeFocused();

    // It opens with the client as the consent allows, and the appointment is booked.
    await row.getByRole('link', { name: new RegExp(client.displayName) }).click();
    await expect(receiver).toHaveURL(new RegExp(`${referralPath}$`));
    await expect(receiver.getByRole('heading', { level: 1, name: 'Referral from Riverside Community Services' })).toBeVisible();
    await expect(receiver.getByRole('region', { name: 'Referred by' })).toContainText(worker.displayName);
    const receivedClient = receiver.getByRole('region', { name: 'Client', exact: true });
    await expect(receivedClient.getByText(client.displayName)).toBeVisible();
    await expect(receivedClient.getByText('Spanish')).toBeVisible();
    await expect(receiver.getByText('Best reached in the mornings.')).toBeVisible();
    await receiver.getByRole('button', { name: 'Schedule', exact: true }).click();
    const booking = receiver.getByRole('dialog', { name: 'Book the appointment' });
    // A day already past is refused before anything is sent.
    await booking.getByLabel('Date and time').fill('2020-01-01T10:00');
    await booking.getByRole('button', { name: 'Schedule', exact: true }).click();
    await expect(booking.getByText('Choose a day from today on')).toBeVisible();
    await booking.getByLabel('Date and time').fill(tomorrowAtTen());
    await booking.getByRole('textbox', { name: 'Place' }).fill('Riverside outreach office, room 2');
    await booking.getByRole('button', { name: 'Schedule', exact: true }).click();
    await expect(booking).toBeHidden();
    await expect(receiver.getByTestId('referral-status')).toContainText('Scheduled');
    await expect(receiver.getByTestId('referral-status')).toBeFocused();

    // The sender's page shows it by itself, without a reload.
    await showsByItself(page, page.getByTestId('referral-status'), 'Scheduled');
    await expect(page.getByRole('region', { name: 'Appointment' })).toContainText('Riverside outreach office, room 2');
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await expect(timeline.getByText('Accepted → Scheduled')).toBeVisible();
    await expect(timeline.getByText(new RegExp(`, ${LAKESIDE}`)).first()).toBeVisible();

    // The receiver completes it with the outcome, and the sender sees the loop closed.
    await receiver.getByRole('button', { name: 'Complete', exact: true }).click();
    const completing = receiver.getByRole('dialog', { name: 'Complete the referral' });
    await completing.getByRole('radio', { name: 'Need met' }).check();
    await completing.getByRole('textbox', { name: 'What happened' }).fill('Picked up two weeks of groceries; back next month.');
    await completing.getByRole('button', { name: 'Complete', exact: true }).click();
    await expect(completing).toBeHidden();
    await expect(receiver.getByTestId('referral-status')).toContainText('Completed');
    await expect(receiver.getByText('Nothing for you to do on this referral now.')).toBeVisible();

    await showsByItself(page, page.getByTestId('referral-status'), 'Completed');
    await expect(page.getByTestId('referral-outcome')).toHaveText('Need met');
    await expect(page.getByText('Picked up two weeks of groceries; back next month.')).toBeVisible();
    await expect(timeline.getByText('Scheduled → Completed')).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

    // The client's record lists it under Referrals.
    await page.goto(`/clients/${client.id}/referrals`);
    const tab = page.getByRole('region', { name: 'Referrals' });
    await expect(tab.getByRole('article', { name: PANTRY })).toContainText('Completed');
    await lakeside.close();
  });

  test('on a tablet in Spanish, a referral waits as a draft for the client’s consent; once sent, revoking the consent withholds the client from Lakeside at once', async ({
    page,
    browser,
    request,
  }) => {
    test.setTimeout(150_000);
    const supervisor = await apiToken(request, SUPERVISOR);
    const worker = await createUser(request, { role: 'CASE_MANAGER' });
    const { client } = await enrolledClient(request, supervisor, worker);
    const pantry = await lakesidePantry(request);

    await page.setViewportSize({ width: 768, height: 1024 });
    await openSignedIn(page, `/referrals/new?serviceId=${pantry.serviceId}&clientId=${client.id}`, worker.email, worker.password);
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitem', { name: 'Español' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nueva derivación' })).toBeVisible();

    // No consent names Lakeside: sending waits, and the way to the client's consents is at hand.
    const consent = page.getByTestId('referral-consent');
    await expect(consent).toContainText(
      `Ningún consentimiento vigente cubre las derivaciones a ${LAKESIDE}: el cliente no tiene ningún consentimiento que nombre a esta agencia.`,
    );
    await expect(consent.getByRole('link', { name: 'Abrir los consentimientos del cliente' })).toHaveAttribute('href', `/clients/${client.id}/consents`);
    await expect(page.getByRole('button', { name: 'Enviar derivación' })).toBeDisabled();
    // Nothing runs off the tablet's width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= 768)).toBe(true);
    // The consent can be recorded without leaving the form: the dialog names Lakeside and referrals already.
    await consent.getByRole('button', { name: 'Registrar el consentimiento del cliente' }).click();
    const recording = page.getByRole('dialog', { name: 'Registrar un consentimiento para compartir información' });
    await expect(recording.getByRole('checkbox', { name: 'Derivaciones' })).toBeChecked();
    await expect(recording.getByRole('combobox', { name: 'Agencia' })).toHaveValue(LAKESIDE);
    await recording.getByRole('button', { name: 'Cancelar' }).click();
    await expect(recording).toBeHidden();
    await page.getByRole('textbox', { name: 'Motivo de la derivación' }).fill('Necesita alimentos para esta semana.');
    await page.getByRole('button', { name: 'Guardar borrador' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Derivación a ${PANTRY}` })).toBeVisible();
    await expect(page.getByTestId('referral-status')).toContainText('Borrador');

    // The client signs a consent for referrals and demographics (not contact details); the draft is sent from its form.
    const signed = await consentToLakeside(request, supervisor, client.id, pantry.agencyId, ['REFERRALS', 'DEMOGRAPHICS']);
    await page.getByRole('link', { name: 'Editar borrador' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Editar el borrador de derivación' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Motivo de la derivación' })).toHaveValue('Necesita alimentos para esta semana.');
    await expect(consent).toContainText(`Un consentimiento vigente cubre las derivaciones a ${LAKESIDE}.`);
    await expect(consent).toContainText('Teléfono, correo electrónico y dirección (datos de contacto) (No se comparte)');
    await page.getByRole('button', { name: 'Enviar derivación' }).click();
    await expect(page.getByTestId('referral-status')).toContainText('Enviada');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= 768)).toBe(true);
    const referralPath = new URL(page.url()).pathname;

    // Lakeside sees who the client is, but not how to reach them.
    const lakeside = await browser.newContext({ baseURL: new URL(page.url()).origin, locale: 'en-US' });
    const receiver = await lakeside.newPage();
    await openSignedIn(receiver, referralPath, LAKESIDE_CASE_MANAGER, DEMO_PASSWORD);
    const receivedClient = receiver.getByRole('region', { name: 'Client', exact: true });
    await expect(receivedClient.getByText(client.displayName)).toBeVisible();
    await expect(receivedClient.getByText('Contact details are not covered by the client’s consent.')).toBeVisible();
    await expect(receiver.getByText('Necesita alimentos para esta semana.')).toBeVisible();

    // The client revokes the consent: Lakeside's page withholds them at its next refresh, and the history stays.
    await gql(
      request,
      'mutation ($input: RevokeConsentInput!) { revokeConsent(input: $input) { id } }',
      { input: { consentId: signed.id, version: signed.version, reason: 'The client asked to stop sharing' } },
      // Access tokens of the test server last seconds: a fresh one.
      await apiToken(request, SUPERVISOR),
    );
    await showsByItself(receiver, receivedClient, 'Client details withheld: the client’s consent to share with your agency was revoked.');
    await expect(receivedClient.getByText(client.displayName)).toHaveCount(0);
    await expect(receiver.getByText('Necesita alimentos para esta semana.')).toHaveCount(0);
    await expect(receiver.getByRole('region', { name: 'Timeline' }).getByText('Draft → Sent')).toBeVisible();
    await lakeside.close();
  });

  test('Lakeside declines with a reason after a step taken elsewhere is reloaded, and the sender reads why', async ({ page, browser, request }) => {
    test.setTimeout(120_000);
    const supervisor = await apiToken(request, SUPERVISOR);
    const worker = await createUser(request, { role: 'CASE_MANAGER' });
    const { client } = await enrolledClient(request, supervisor, worker);
    const pantry = await lakesidePantry(request);
    await consentToLakeside(request, supervisor, client.id, pantry.agencyId);
    const workerToken = await apiToken(request, worker.email, worker.password);
    const { clientEnrollments } = await gql<{ clientEnrollments: { id: string }[] }>(request, 'query ($id: ID!) { clientEnrollments(clientId: $id) { id } }', { id: client.id }, workerToken);
    const { createReferral: sent } = await gql<{ createReferral: { id: string; version: number } }>(
      request,
      'mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id version } }',
      { input: { clientId: client.id, enrollmentId: clientEnrollments[0].id, serviceId: pantry.serviceId, reason: 'Groceries for the week', send: true } },
      workerToken,
    );

    // Lakeside's case manager starts to decline while a colleague marks it received in another window.
    await openSignedIn(page, `/referrals/${sent.id}`, LAKESIDE_CASE_MANAGER, DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Decline', exact: true }).click();
    const declining = page.getByRole('dialog', { name: 'Decline the referral' });
    await declining.getByRole('combobox', { name: 'Why you decline' }).click();
    await page.getByRole('option', { name: 'No capacity' }).click();
    await declining.getByRole('textbox', { name: 'Note' }).fill('Our pantry is full until next month; try the county food bank.');
    await gql(
      request,
      'mutation ($input: MoveReferralInput!) { moveReferral(input: $input) { version } }',
      { input: { id: sent.id, version: sent.version, to: 'RECEIVED' } },
      await apiToken(request, LAKESIDE_CASE_MANAGER),
    );
    await declining.getByRole('button', { name: 'Decline', exact: true }).click();
    await expect(declining.getByRole('alert')).toContainText('Someone changed this referral since you opened it.');
    await declining.getByRole('button', { name: 'Load the latest version' }).click();
    await expect(declining).toBeHidden();
    await expect(page.getByTestId('referral-status')).toContainText('Received');

    await page.getByRole('button', { name: 'Decline', exact: true }).click();
    await declining.getByRole('combobox', { name: 'Why you decline' }).click();
    await page.getByRole('option', { name: 'No capacity' }).click();
    await declining.getByRole('textbox', { name: 'Note' }).fill('Our pantry is full until next month; try the county food bank.');
    await declining.getByRole('button', { name: 'Decline', exact: true }).click();
    await expect(declining).toBeHidden();
    await expect(page.getByTestId('referral-status')).toContainText('Declined');

    // The sender reads the reason and the note.
    const sender = await browser.newContext({ baseURL: new URL(page.url()).origin, locale: 'en-US' });
    const senderPage = await sender.newPage();
    await openSignedIn(senderPage, `/referrals/${sent.id}`, worker.email, worker.password);
    await expect(senderPage.getByRole('region', { name: 'Outcome' })).toContainText('Declined: No capacity');
    await expect(senderPage.getByRole('region', { name: 'Timeline' })).toContainText('Our pantry is full until next month; try the county food bank.');
    await expect(senderPage.getByText('Nothing for you to do on this referral now.')).toBeVisible();
    await sender.close();
  });
});
