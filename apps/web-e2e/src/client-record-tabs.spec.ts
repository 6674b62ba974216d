import { expect, test } from '@playwright/test';
import { apiToken, gql, openSignedIn } from './support/app';
import { createClient, uniqueTag } from './support/clients';

const SUPERVISOR = 'supervisor@riverside.example';

test.describe('client record tabs', () => {
  test('a supervisor adds a mother to the support network, releases case notes to her and revokes it, releases demographics to a partner agency, then archives her', async ({ page, request }) => {
    const tag = uniqueTag();
    const client = await createClient(request, await apiToken(request, SUPERVISOR), { legalFirstName: 'Imelda', legalLastName: `Fairbanks${tag}` });
    const mother = `Rosa Fairbanks${tag}`;
    await openSignedIn(page, `/clients/${client.id}/network`, SUPERVISOR);
    await expect(page.getByRole('heading', { name: 'No one in the support network yet' })).toBeVisible();

    await page.getByRole('button', { name: 'Add person' }).click();
    const add = page.getByRole('dialog', { name: 'Add a person to the support network' });
    await add.getByRole('textbox', { name: 'Name' }).fill(mother);
    await add.getByRole('textbox', { name: 'Relationship' }).fill('Mother');
    await add.getByRole('checkbox', { name: 'Emergency contact' }).check();
    await add.getByRole('button', { name: 'Add to the network' }).click();
    await expect(add.getByText('An emergency contact needs a phone number')).toBeVisible();
    await add.getByRole('textbox', { name: 'Phone' }).fill('(555) 010-2233');
    await add.getByRole('button', { name: 'Add to the network' }).click();
    const contact = page.getByRole('article', { name: mother });
    await expect(contact.getByText('Emergency contact')).toBeVisible();
    await expect(contact.getByRole('link', { name: '(555) 010-2233' })).toHaveAttribute('href', 'tel:(555) 010-2233');

    // A release of information to her, then its withdrawal.
    await page.getByRole('tab', { name: 'Consents' }).click();
    await expect(page.getByRole('heading', { name: 'No consents on file' })).toBeVisible();
    await page.getByRole('button', { name: 'Record consent' }).click();
    const record = page.getByRole('dialog', { name: 'Record a consent to release information' });
    await record.getByRole('button', { name: 'Save consent' }).click();
    await expect(record.getByText('Choose at least one kind of information')).toBeVisible();
    await record.getByRole('checkbox', { name: 'Case notes' }).check();
    await record.getByRole('combobox', { name: 'Person' }).selectOption({ label: `${mother} (Mother)` });
    await record.getByRole('textbox', { name: 'Purpose' }).fill('Coordinate home visits with the family');
    await record.getByRole('button', { name: 'Save consent' }).click();
    const consent = page.getByRole('article', { name: mother });
    await expect(consent.getByText('Active', { exact: true })).toBeVisible();
    await expect(consent.getByText('Case notes')).toBeVisible();

    await consent.getByRole('button', { name: `Revoke the consent for ${mother}` }).click();
    const revoke = page.getByRole('dialog', { name: `Revoke the consent for ${mother}?` });
    await revoke.getByRole('button', { name: 'Revoke consent' }).click();
    await expect(revoke.getByText('This field is required')).toBeVisible();
    await revoke.getByRole('textbox', { name: 'Reason for revoking' }).fill('The client withdrew it by phone');
    await revoke.getByRole('button', { name: 'Revoke consent' }).click();
    await expect(consent.getByText('Revoked', { exact: true })).toBeVisible();
    await expect(consent.getByText(/The client withdrew it by phone/)).toBeVisible();
    await page.getByText('Active and upcoming').click();
    await expect(page.getByText('No consent is active or about to start.')).toBeVisible();

    // Another agency on Waymark is picked by its name.
    await page.getByRole('button', { name: 'Record consent' }).click();
    await record.getByRole('checkbox', { name: 'Demographics' }).check();
    await record.getByRole('radio', { name: 'An agency on Waymark' }).check();
    await record.getByRole('textbox', { name: 'Purpose' }).fill('Transfer of the case after the move to Lakeside');
    await record.getByRole('button', { name: 'Save consent' }).click();
    await expect(record.getByText('Choose the agency')).toBeVisible();
    await record.getByRole('combobox', { name: 'Agency' }).fill('lakes');
    await page.getByRole('option', { name: 'Lakeside Family Services' }).click();
    await record.getByRole('button', { name: 'Save consent' }).click();
    const agency = page.getByRole('article', { name: 'Lakeside Family Services' });
    await expect(agency.getByText('An agency on Waymark')).toBeVisible();
    await expect(agency.getByText('Active', { exact: true })).toBeVisible();

    // Archived, she leaves the network but stays on record.
    await page.getByRole('tab', { name: 'Support network' }).click();
    await page.getByRole('button', { name: `Archive ${mother}` }).click();
    await page.getByRole('dialog', { name: `Archive ${mother}?` }).getByRole('button', { name: 'Archive' }).click();
    await expect(page.getByText(`${mother} was archived.`)).toBeVisible();
    await expect(page.getByRole('article', { name: mother })).toHaveCount(0);
    await page.getByRole('switch', { name: 'Show archived people' }).check();
    await expect(page.getByRole('article', { name: mother }).getByText('Archived', { exact: true })).toBeVisible();
  });

  test('an incident is reported with who was told, a notification is added, and a supervisor other than the reporter signs it off', async ({ page, browser, request }) => {
    const tag = uniqueTag();
    const client = await createClient(request, await apiToken(request, SUPERVISOR), { legalFirstName: 'Horace', legalLastName: `Lindqvist${tag}` });
    await openSignedIn(page, `/clients/${client.id}/incidents`, SUPERVISOR);
    await expect(page.getByRole('heading', { name: 'No incidents reported' })).toBeVisible();

    await page.getByRole('button', { name: 'Report an incident' }).click();
    const report = page.getByRole('dialog', { name: 'Report a critical incident' });
    await report.getByRole('combobox', { name: 'Type of incident' }).selectOption({ label: 'Fall' });
    await report.getByRole('combobox', { name: 'Severity' }).selectOption({ label: 'High' });
    await report.getByRole('textbox', { name: 'What happened' }).fill('Slipped on the wet kitchen floor and bruised a hip.');
    await report.getByRole('button', { name: 'Add someone notified' }).click();
    await report.getByRole('combobox', { name: 'Who was notified' }).selectOption({ label: 'Guardian' });
    await report.getByRole('textbox', { name: 'Name or case number' }).fill('Rosa');
    await report.getByRole('button', { name: 'Submit report' }).click();
    await expect(page.getByText('The incident was reported. A supervisor will review it.')).toBeVisible();

    const incident = page.getByRole('article', { name: 'Fall' });
    await expect(incident.getByText('High severity')).toBeVisible();
    await expect(incident.getByText('Awaiting review')).toBeVisible();
    await expect(incident.getByText(/^Guardian \(Rosa\) — Phone/)).toBeVisible();
    // The reporter does not sign off their own report.
    await expect(incident.getByRole('button', { name: /^Review and sign off/ })).toHaveCount(0);

    await incident.getByRole('button', { name: /^Record notification/ }).click();
    const notify = page.getByRole('dialog', { name: 'Record who was notified' });
    await notify.getByRole('combobox', { name: 'Who was notified' }).selectOption({ label: 'State hotline' });
    await notify.getByRole('textbox', { name: 'Name or case number' }).fill('HL-2291');
    await notify.getByRole('combobox', { name: 'How' }).selectOption({ label: 'Online report' });
    await notify.getByRole('button', { name: 'Save notification' }).click();
    await expect(incident.getByText(/^State hotline \(HL-2291\) — Online report/)).toBeVisible();

    const other = await browser.newContext();
    const admin = await other.newPage();
    await openSignedIn(admin, `/clients/${client.id}/incidents`);
    const seen = admin.getByRole('article', { name: 'Fall' });
    await seen.getByRole('button', { name: /^Review and sign off/ }).click();
    const review = admin.getByRole('dialog', { name: 'Review and sign off the incident' });
    await review.getByRole('textbox', { name: 'Review note' }).fill('Guardian and hotline told in time; a floor mat is ordered.');
    await review.getByRole('button', { name: 'Sign off' }).click();
    await expect(seen.getByText('Reviewed', { exact: true })).toBeVisible();
    await expect(seen.getByText('Guardian and hotline told in time; a floor mat is ordered.')).toBeVisible();
    await expect(seen.getByRole('button', { name: /^Edit/ })).toHaveCount(0);
    await other.close();
  });

  test('a stale edit of a person in the network gets a conflict; after loading the latest version the edit is kept and saves', async ({ page, browser, request }) => {
    const tag = uniqueTag();
    const token = await apiToken(request, SUPERVISOR);
    const client = await createClient(request, token, { legalFirstName: 'Ottilie', legalLastName: `Brandt${tag}` });
    const brother = `Felix Brandt${tag}`;
    await gql(
      request,
      'mutation ($input: AddClientContactInput!) { addClientContact(input: $input) { id } }',
      { input: { clientId: client.id, kind: 'FAMILY', relationship: 'Brother', name: brother, phone: '555-0101' } },
      token,
    );
    await openSignedIn(page, `/clients/${client.id}/network`, SUPERVISOR);
    const other = await browser.newContext();
    const stale = await other.newPage();
    await openSignedIn(stale, `/clients/${client.id}/network`, SUPERVISOR);
    await expect(stale.getByRole('article', { name: brother })).toBeVisible();

    await page.getByRole('button', { name: `Edit ${brother}` }).click();
    await page.getByRole('textbox', { name: 'Phone' }).fill('555-0177');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText(`The changes to ${brother} were saved.`)).toBeVisible();

    await stale.getByRole('button', { name: `Edit ${brother}` }).click();
    const edit = stale.getByRole('dialog', { name: `Edit ${brother}` });
    await edit.getByRole('textbox', { name: 'Notes' }).fill('Drives her to the clinic on Fridays');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(edit.getByRole('alert')).toContainText('your changes stay in the form');
    await edit.getByRole('button', { name: 'Load the latest version' }).click();
    await expect(edit.getByRole('textbox', { name: 'Phone' })).toHaveValue('555-0177');
    await expect(edit.getByRole('textbox', { name: 'Notes' })).toHaveValue('Drives her to the clinic on Fridays');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    const card = stale.getByRole('article', { name: brother });
    await expect(card.getByText('Drives her to the clinic on Fridays')).toBeVisible();
    await expect(card.getByRole('link', { name: '555-0177' })).toBeVisible();
    await other.close();
  });

  test('in Spanish the timeline names each kind and dates the way Spanish readers write them; the English summary is marked as English', async ({ page, request }) => {
    const tag = uniqueTag();
    const client = await createClient(request, await apiToken(request, SUPERVISOR), { legalFirstName: 'Remedios', legalLastName: `Varo${tag}`, status: 'INTAKE' });
    await openSignedIn(page, `/clients/${client.id}`, SUPERVISOR);
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitem', { name: 'Español' }).click();

    const entry = page.getByRole('list', { name: 'Cronología' }).getByRole('listitem').first();
    await expect(entry.getByText('Admisión', { exact: true })).toBeVisible();
    await expect(entry).toContainText(new Intl.DateTimeFormat('es', { dateStyle: 'medium' }).format(new Date()));
    await expect(entry.locator('[lang="en"]')).not.toBeEmpty();
    await expect(entry.getByRole('link', { name: /^Abrir el resumen/ })).toBeVisible();
  });
});
