import { expect, test } from '@playwright/test';
import { apiToken, createUser, gql, mainNav, openSignedIn } from './support/app';
import { createClient, uniqueTag } from './support/clients';

test.describe('appointments and transport', () => {
  test('a case manager books a doctor’s appointment with transport and the nursing team to tell, marks them told, and finds it on the calendar', async ({ page, request }) => {
    const worker = await createUser(request, { displayName: `Casey Driver ${uniqueTag()}` });
    const token = await apiToken(request, worker.email, worker.password);
    const lastName = `Okafor${uniqueTag()}`;
    const client = await createClient(request, token, { legalFirstName: 'Grace', legalLastName: lastName, dateOfBirth: '1975-02-11' });
    await openSignedIn(page, `/clients/${client.id}/appointments`, worker.email, worker.password);

    await expect(page.getByRole('heading', { name: 'Nothing booked' })).toBeVisible();
    await page.getByRole('button', { name: 'Book an appointment' }).click();
    const dialog = page.getByRole('dialog', { name: 'Book an appointment' });
    await dialog.getByRole('combobox', { name: 'What' }).selectOption({ label: 'Doctor' });
    await dialog.getByRole('textbox', { name: 'Purpose' }).fill('Blood pressure check');
    await dialog.getByRole('textbox', { name: 'Where (address)' }).fill('210 Main St, Riverside');
    await dialog.getByRole('textbox', { name: 'With whom (provider or person)' }).fill('Dr. Amara Patel');
    await dialog.getByRole('switch', { name: 'The client needs transport' }).check();
    await dialog.getByRole('combobox', { name: 'Who provides it' }).selectOption({ label: 'A case manager drives' });
    await expect(dialog.getByLabel('Staff member who drives')).toHaveValue(worker.displayName);
    await dialog.getByRole('button', { name: 'Add someone' }).click();
    await expect(dialog.getByRole('combobox', { name: 'Who', exact: true })).toHaveValue('NURSING_TEAM');
    await dialog.getByRole('button', { name: 'Book', exact: true }).click();
    await expect(dialog).toBeHidden();

    const card = page.getByRole('article', { name: 'Doctor: Blood pressure check' });
    await expect(card).toContainText('A case manager drives');
    await expect(card).toContainText(worker.displayName);
    await expect(card).toContainText('Nursing team');
    await expect(card.getByText('One still to tell')).toBeVisible();
    await card.getByRole('button', { name: /^Mark Nursing team told/ }).click();
    const told = page.getByRole('dialog', { name: 'Nursing team told of the appointment' });
    await told.getByRole('combobox', { name: 'How' }).selectOption({ label: 'Phone' });
    await told.getByRole('button', { name: 'Mark told' }).click();
    await expect(told).toBeHidden();
    await expect(card.getByText(/^Told .*\(Phone\)$/)).toBeVisible();
    await expect(card.getByText('One still to tell')).toBeHidden();

    await mainNav(page).getByRole('link', { name: 'Calendar' }).click();
    await expect(page.getByRole('heading', { name: 'Calendar', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Next day' }).click();
    const entry = page.getByRole('article', { name: new RegExp(`Doctor, Grace ${lastName}$`) });
    await expect(entry).toContainText('Blood pressure check');
    await expect(entry).toContainText('You drive');
    await page.getByText('Week', { exact: true }).click();
    await expect(page.getByRole('radio', { name: 'Week' })).toBeChecked();
    await expect(page.getByRole('article', { name: new RegExp(`Doctor, Grace ${lastName}$`) })).toBeVisible();
    await entry.getByRole('link', { name: `Open Grace ${lastName}’s appointments` }).click();
    await expect(page).toHaveURL(new RegExp(`/clients/${client.id}/appointments\\?item=`));
    await expect(page.getByRole('article', { name: 'Doctor: Blood pressure check' })).toBeFocused();
  });

  test('on a tablet, in Spanish, a missed appointment starts a follow-up and the week reads as a list per day', async ({ page, request }) => {
    const worker = await createUser(request);
    const token = await apiToken(request, worker.email, worker.password);
    const client = await createClient(request, token, { legalFirstName: 'Lucía', legalLastName: `Benítez${uniqueTag()}`, dateOfBirth: '1988-06-21' });
    const startsAt = new Date(Date.now() - 90 * 60_000);
    await gql(
      request,
      'mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { id } }',
      { input: { clientId: client.id, kind: 'BENEFITS_OFFICE', purpose: 'SNAP', startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 30 * 60_000).toISOString(), transport: { needed: true, provider: 'AGENCY_VAN' } } },
      token,
    );
    await page.setViewportSize({ width: 768, height: 1024 });
    await openSignedIn(page, `/clients/${client.id}/appointments`, worker.email, worker.password);
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitem', { name: 'Español' }).click();

    const card = page.getByRole('article', { name: 'Oficina de beneficios: SNAP' });
    await card.getByRole('button', { name: /^Registrar el resultado de la cita de Oficina de beneficios/ }).click();
    const dialog = page.getByRole('dialog', { name: /^Resultado de la cita de Oficina de beneficios/ });
    await dialog.getByRole('radio', { name: 'No asistió' }).check();
    await expect(dialog.getByRole('checkbox', { name: /^Iniciar un seguimiento/ })).toBeChecked();
    await dialog.getByRole('textbox', { name: 'Nota' }).fill('No estaba en casa.');
    await dialog.getByRole('button', { name: 'Registrar resultado' }).click();
    await expect(dialog).toBeHidden();
    await expect(card.getByText('No asistió', { exact: true })).toBeVisible();
    await expect(card).toContainText('Hay un seguimiento en la lista de tareas');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);

    await page.goto('/calendar?view=week');
    await expect(page.getByRole('heading', { name: 'Calendario', level: 1 })).toBeVisible();
    await expect(page.getByRole('article', { name: new RegExp(`Oficina de beneficios, Lucía Benítez`) })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  });
});
