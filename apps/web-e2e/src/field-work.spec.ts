import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { apiToken, createUser, mainNav, openSignedIn } from './support/app';
import { recordMedicalConsent } from './support/clients';
import { addService, PANTRY, spanishSpeakingClient } from './support/resource-lists';

/** The signed release the case manager scanned at the kitchen table. */
const SIGNED_CONSENT = join(__dirname, '../fixtures/signed-consent.pdf');

test('a case manager uploads a signed consent, books a doctor’s appointment with transport and the nursing team told, and prints a resource list in Spanish', async ({ page, request }) => {
  const worker = await createUser(request);
  const client = await spanishSpeakingClient(request, worker);
  const token = await apiToken(request, worker.email, worker.password);
  await recordMedicalConsent(request, token, client.id, 'Riverside Family Medicine');

  // The signed consent, attached to the consent it records.
  await openSignedIn(page, `/clients/${client.id}/consents`, worker.email, worker.password);
  await page.getByRole('button', { name: 'Attach the signed form of the consent to share with Riverside Family Medicine' }).click();
  const upload = page.getByRole('dialog', { name: 'Upload a document' });
  await expect(upload.getByRole('combobox', { name: 'Type of document' })).toHaveValue('SIGNED_CONSENT');
  await upload.getByLabel('File').setInputFiles(SIGNED_CONSENT);
  await upload.getByRole('textbox', { name: 'Title' }).fill('Signed consent – Riverside Family Medicine');
  await upload.getByRole('button', { name: 'Upload', exact: true }).click();
  await expect(page.getByText('“Signed consent – Riverside Family Medicine” was uploaded.')).toBeVisible();
  await expect(page.getByRole('article', { name: 'Riverside Family Medicine' }).getByRole('link', { name: 'Signed consent – Riverside Family Medicine' })).toBeVisible();

  // A doctor's appointment tomorrow: the case manager drives, the nursing team must know.
  await page.getByRole('tab', { name: 'Appointments' }).click();
  await page.getByRole('button', { name: 'Book an appointment' }).click();
  const booking = page.getByRole('dialog', { name: 'Book an appointment' });
  await booking.getByRole('combobox', { name: 'What' }).selectOption({ label: 'Doctor' });
  await booking.getByRole('textbox', { name: 'Purpose' }).fill('Medication review');
  await booking.getByRole('textbox', { name: 'Where (address)' }).fill('210 Main St, Riverside');
  await booking.getByRole('textbox', { name: 'With whom (provider or person)' }).fill('Dr. Amara Patel');
  await booking.getByRole('switch', { name: 'The client needs transport' }).check();
  await booking.getByRole('combobox', { name: 'Who provides it' }).selectOption({ label: 'A case manager drives' });
  await expect(booking.getByLabel('Staff member who drives')).toHaveValue(worker.displayName);
  await booking.getByRole('button', { name: 'Add someone' }).click();
  await expect(booking.getByRole('combobox', { name: 'Who', exact: true })).toHaveValue('NURSING_TEAM');
  await booking.getByRole('button', { name: 'Book', exact: true }).click();
  await expect(booking).toBeHidden();
  const appointment = page.getByRole('article', { name: 'Doctor: Medication review' });
  await expect(appointment).toContainText('A case manager drives');
  await appointment.getByRole('button', { name: /^Mark Nursing team told/ }).click();
  const told = page.getByRole('dialog', { name: 'Nursing team told of the appointment' });
  await told.getByRole('combobox', { name: 'How' }).selectOption({ label: 'Phone' });
  await told.getByRole('button', { name: 'Mark told' }).click();
  await expect(told).toBeHidden();
  await expect(appointment.getByText(/^Told .*\(Phone\)$/)).toBeVisible();

  // The reminder to prepare is on the worker's worklist.
  await mainNav(page).getByRole('link', { name: 'Worklist' }).click();
  const reminder = page.getByRole('article').filter({ hasText: 'Appointment coming up' }).filter({ hasText: client.displayName });
  await reminder.getByRole('link', { name: /^Open the appointment for/ }).click();
  await expect(page).toHaveURL(new RegExp(`/clients/${client.id}/appointments\\?item=`));
  await expect(appointment).toBeFocused();

  // A resource list, printed in the client's language.
  await page.goto(`/clients/${client.id}/resource-lists`);
  await page.getByRole('button', { name: 'New resource list' }).click();
  const builder = page.getByRole('dialog', { name: 'New resource list' });
  await addService(page, PANTRY);
  await expect(builder.getByRole('combobox', { name: 'Language of the list' })).toHaveValue('Spanish');
  await builder.getByRole('button', { name: 'Make the list' }).click();
  await expect(builder).toBeHidden();
  const list = page.getByRole('article').filter({ has: page.getByRole('heading', { name: '1 service' }) });
  await list.getByRole('button', { name: /^Print the list of/ }).click();
  const sheet = page.getByRole('article', { name: 'Recursos comunitarios para usted' });
  await expect(sheet.getByRole('heading', { level: 2, name: `1. ${PANTRY}` })).toBeVisible();
  await expect(sheet.getByText('Horario').first()).toBeVisible();
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');

  // All three are on the client's timeline.
  await page.goto(`/clients/${client.id}/timeline`);
  for (const source of ['document', 'appointment', 'resource list']) await expect(page.getByRole('link', { name: new RegExp(`^Open the ${source}: `) }).first()).toBeVisible();
});
