import { expect, test, type Page } from '@playwright/test';
import { apiToken, gql, mainNav, openSignedIn } from './support/app';
import { createClient, randomBirthDate, setCaseManagersOpenAnyClient, uniqueTag } from './support/clients';

const SUPERVISOR = 'supervisor@riverside.example';

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Name, client number, date of birth or phone' });

async function chooseLanguage(page: Page, current: string, next: string) {
  await page.getByRole('button', { name: current }).click();
  await page.getByRole('menuitem', { name: next }).click();
}

test.describe('clients', () => {
  test('a case manager takes a new client from intake, past a duplicate warning, to an active enrollment with a signed note and an addendum, partly in Spanish', async ({ page, request }) => {
    // Surname and birth date drawn afresh, so earlier runs on the same database never crowd out the match.
    const tag = uniqueTag();
    const surname = `Quin${tag}illa`;
    const born = randomBirthDate();
    const existing = await createClient(request, await apiToken(request, 'intake@riverside.example'), {
      legalFirstName: 'Marisol',
      legalLastName: surname,
      dateOfBirth: born.iso,
      phone: '(555) 010-4477',
    });
    const typo = `Quin${tag}ila`;
    const name = `Marisol ${typo}`;
    await openSignedIn(page, '/clients', 'casemanager@riverside.example');
    await page.getByRole('link', { name: 'New client' }).click();

    // Intake: referral, then the person, who looks like someone already known.
    await expect(page.getByRole('heading', { name: 'Step 1 of 4: Referral' })).toBeVisible();
    await page.getByRole('combobox', { name: 'Referral source' }).fill('Hospital');
    await page.getByRole('textbox', { name: 'Reason for referral' }).fill('Discharged from the emergency department without a place to stay');
    await page.getByRole('textbox', { name: 'Presenting needs' }).fill('Housing; a primary care doctor');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('heading', { name: 'Step 2 of 4: Person' })).toBeFocused();
    await page.getByRole('textbox', { name: 'Legal first name' }).fill('Marisol');
    await page.getByRole('textbox', { name: 'Legal last name' }).fill(typo);
    await page.getByLabel('Date of birth').fill(born.iso);
    await page.getByRole('textbox', { name: 'City' }).fill('Riverside');
    await page.getByRole('textbox', { name: 'State' }).fill('CA');
    const warning = page.getByRole('region', { name: /This person may already be a client/ });
    await expect(warning).toBeVisible();
    const match = warning.getByRole('listitem').filter({ hasText: existing.displayName });
    await expect(match.getByText('Similar name')).toBeVisible();
    await expect(match.getByText('Same date of birth')).toBeVisible();
    await expect(match.getByRole('link', { name: `Open ${existing.displayName} instead` })).toBeVisible();
    // The warning sits right under the name and birth date, above the contact and address fields.
    const warningBox = await warning.boundingBox();
    const phoneBox = await page.getByRole('textbox', { name: 'Phone' }).boundingBox();
    expect(warningBox && phoneBox && warningBox.y < phoneBox.y).toBe(true);

    // The unsaved intake survives a reload.
    await page.reload();
    await expect(page.getByText('We restored the information you had not saved yet.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Legal last name' })).toHaveValue(typo);
    await page.getByRole('button', { name: 'Next' }).click();
    // Nobody has assessed the risk yet: the worker must choose it.
    await expect(page.getByRole('radio', { name: 'Low risk' })).not.toBeChecked();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByText('Choose the risk level.')).toBeVisible();
    await page.getByRole('radio', { name: 'Moderate risk' }).check();
    await page.getByRole('checkbox', { name: 'Allergy' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('heading', { name: 'Step 4 of 4: Review' })).toBeVisible();
    await page.getByRole('button', { name: 'Create client' }).click();
    await expect(page.getByText('Open the existing record, or confirm this is a different person.')).toBeVisible();
    await page.getByRole('checkbox', { name: `I checked: none of these is ${name}. Create a new record.` }).check();
    await page.getByRole('button', { name: 'Create client' }).click();

    const header = page.getByRole('region', { name: /^(Client summary|Resumen del cliente)$/ });
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(header.getByText('Moderate risk')).toBeVisible();
    await expect(header.getByText('Allergy')).toBeVisible();

    // In Spanish: enroll in a program, make the enrollment and the client active.
    await chooseLanguage(page, 'Language: English', 'Español');
    await page.getByRole('tab', { name: 'Inscripciones' }).click();
    await page.getByRole('button', { name: 'Inscribir en un programa' }).click();
    const enroll = page.getByRole('dialog', { name: 'Inscribir en un programa' });
    await enroll.getByRole('combobox', { name: 'Programa' }).selectOption({ label: 'Behavioral Health (BH)' });
    await enroll.getByRole('button', { name: 'Evaluar elegibilidad' }).click();
    await expect(enroll.getByText('Elegible', { exact: true })).toBeVisible();
    await enroll.getByRole('textbox', { name: 'Motivo de la inscripción' }).fill('Necesita coordinación de su atención');
    await enroll.getByRole('button', { name: 'Inscribir', exact: true }).click();
    await expect(page.getByText('La persona quedó inscrita en Behavioral Health.')).toBeVisible();
    await page.getByRole('button', { name: 'Marcar activa: Behavioral Health' }).click();
    await page.getByRole('dialog', { name: 'Behavioral Health: Activa' }).getByRole('button', { name: 'Cambiar a Activa' }).click();
    await expect(page.getByText('Behavioral Health ahora está Activa.')).toBeVisible();
    await expect(page.getByText('1 inscripción, 1 abierta', { exact: true })).toBeVisible();

    await header.getByRole('button', { name: 'Estado: Admisión. Cambiar el estado' }).click();
    await page.getByRole('menuitem', { name: 'Activo' }).click();
    const statusDialog = page.getByRole('dialog', { name: 'Cambiar el estado a Activo' });
    await statusDialog.getByRole('textbox', { name: 'Motivo' }).fill('Inscrita y con gestora asignada');
    await statusDialog.getByRole('button', { name: 'Cambiar el estado' }).click();
    await expect(page.getByText(`${name} está ahora en estado Activo.`)).toBeVisible();
    await expect(header.getByText('Behavioral Health')).toBeVisible();
    await expect(header.getByText('Casey Manager')).toBeVisible();

    // Back in English: a home visit note, signed, then corrected with an addendum.
    await chooseLanguage(page, 'Idioma: Español', 'English');
    await page.getByRole('tab', { name: 'Notes' }).click();
    await page.getByRole('button', { name: 'Write a note' }).click();
    await page.getByRole('combobox', { name: 'Type of contact' }).selectOption({ label: 'Home visit' });
    await page.getByRole('textbox', { name: 'Narrative' }).fill('Met Marisol at the shelter. She agreed to see a primary care doctor next week.');
    await page.getByRole('button', { name: 'Sign note' }).click();
    await page.getByRole('dialog', { name: 'Sign this note?' }).getByRole('button', { name: 'Sign', exact: true }).click();
    await expect(page.getByText('The note was signed.')).toBeVisible();
    await page.getByRole('button', { name: /^Add addendum to Home visit/ }).click();
    await page.getByRole('textbox', { name: 'Addendum' }).fill('The appointment is on Tuesday at 10:00, not next week.');
    await page.getByRole('button', { name: 'Save addendum' }).click();
    await expect(page.getByText('The addendum was added.')).toBeVisible();
    await expect(page.getByText('The appointment is on Tuesday at 10:00, not next week.')).toBeVisible();

    // One story: the timeline has it all, newest first, and opens the note.
    await page.getByRole('tab', { name: 'Timeline' }).click();
    const entries = page.getByRole('list', { name: 'Timeline' }).getByRole('listitem');
    // (The note's contact time is to the minute, so within this fast test it may sort below the intake.)
    for (const kind of ['Note', 'Status change', 'Enrollment', 'Assignment', 'Intake']) {
      await expect(entries.filter({ has: page.getByText(kind, { exact: true }) }).first()).toBeVisible();
    }
    await entries.filter({ has: page.getByText('Note', { exact: true }) }).getByRole('link', { name: /^Open the note/ }).click();
    await expect(page.getByRole('tab', { name: 'Notes', selected: true })).toBeVisible();

    // And the client is on the case manager's caseload.
    await mainNav(page).getByRole('link', { name: 'My caseload' }).click();
    await page.getByRole('searchbox', { name: 'Search my caseload' }).fill(name);
    await expect(page.getByRole('link', { name })).toBeVisible();
  });

  test('the header search finds a client by a misspelled name, number or birth date; Enter opens the record', async ({ page, request }) => {
    const tag = uniqueTag();
    const token = await apiToken(request, SUPERVISOR);
    // The tag makes the whole surname, so earlier runs on the same database never rank above this client.
    const surname = `${tag[0].toUpperCase()}${tag.slice(1)}worth`;
    const born = randomBirthDate();
    const client = await createClient(request, token, { legalFirstName: 'Philomena', legalLastName: surname, dateOfBirth: born.iso });
    await openSignedIn(page, '/dashboard', SUPERVISOR);

    await page.keyboard.press('/');
    await searchBox(page).fill(`Filomena ${surname.slice(0, -1)}`);
    await expect(page.getByRole('option', { name: new RegExp(client.displayName) })).toBeVisible();
    await searchBox(page).press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: client.displayName })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/clients/${client.id}$`));

    await page.keyboard.press('Control+K');
    await searchBox(page).fill(client.clientNumber);
    await expect(page.getByRole('option')).toHaveCount(1);
    await page.keyboard.press('Escape');

    // A date of birth as people write it; the list shows everyone born that day.
    await page.getByRole('button', { name: 'Search clients' }).click();
    await searchBox(page).fill(born.typed);
    await expect(page.getByRole('option', { name: new RegExp(client.displayName) })).toBeVisible();
    await page.getByRole('link', { name: 'Show all results in the client list' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
    await expect(page.getByRole('link', { name: client.displayName })).toBeVisible();
  });

  test('the client list searches and filters by risk, shows flags in the rows and keeps the filters in the address', async ({ page, request }) => {
    const tag = uniqueTag();
    const token = await apiToken(request, SUPERVISOR);
    const high = await createClient(request, token, { legalFirstName: 'Octavia', legalLastName: `Rennick${tag}`, riskLevel: 'HIGH', flags: ['CRISIS', 'DO_NOT_VISIT_ALONE'] });
    const low = await createClient(request, token, { legalFirstName: 'Bertram', legalLastName: `Rennick${tag}`, riskLevel: 'LOW' });
    await openSignedIn(page, '/clients', SUPERVISOR);

    const filters = page.getByRole('search', { name: 'Filter clients' });
    await filters.getByRole('searchbox', { name: 'Search by name, client number, date of birth or phone' }).fill(`Rennick${tag}`);
    const table = page.getByRole('table', { name: 'Clients' });
    await expect(table.getByRole('link', { name: high.displayName })).toBeVisible();
    await expect(table.getByRole('link', { name: low.displayName })).toBeVisible();
    const highRow = table.getByRole('row').filter({ hasText: high.displayName });
    await expect(highRow.getByText('High risk')).toBeVisible();
    await expect(highRow.getByText('Crisis')).toBeVisible();
    await expect(highRow.getByText('Do not visit alone')).toBeVisible();

    await filters.getByRole('combobox', { name: 'Risk' }).click();
    await page.getByRole('option', { name: 'High risk' }).click();
    await expect(table.getByRole('link', { name: low.displayName })).toHaveCount(0);
    await expect(table.getByRole('link', { name: high.displayName })).toBeVisible();
    await expect(page).toHaveURL(/risk=HIGH/);

    await page.reload();
    await expect(page.getByRole('table', { name: 'Clients' }).getByRole('link', { name: high.displayName })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Clients' }).getByRole('link', { name: low.displayName })).toHaveCount(0);

    // A tag of its own: with the shared tag, "Nobody" + tag is a near-miss spelling of "Rennick" + tag.
    await filters.getByRole('searchbox').fill(`Nobody${uniqueTag()}`);
    await expect(page.getByText('No client matches your search and filters.')).toBeVisible();
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect(filters.getByRole('searchbox')).toBeFocused();
    await expect(page).not.toHaveURL(/risk=|q=/);
  });

  test('a case manager opens a client outside their caseload after saying why', async ({ page, request }) => {
    const admin = await apiToken(request, 'admin@lakeside.example');
    await setCaseManagersOpenAnyClient(request, admin, true);
    const tag = uniqueTag();
    const client = await createClient(request, admin, { legalFirstName: 'Winifred', legalLastName: `Ashdown${tag}`, status: 'INTAKE' });
    await openSignedIn(page, `/clients/${client.id}`, 'casemanager@lakeside.example');

    const dialog = page.getByRole('dialog', { name: 'Why do you need this record?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Open the record' }).click();
    await expect(dialog.getByText('Give a reason to open the record')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('Covering for a colleague on leave');
    await dialog.getByRole('button', { name: 'Open the record' }).click();
    await expect(page.getByRole('heading', { level: 1, name: client.displayName })).toBeVisible();

    // The reason holds for a while: the record opens again without asking.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: client.displayName })).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);

    // Opened to read only: changes stay with the client's case team, so nothing offers one.
    await expect(page.getByText("Opened for reading: you gave a reason; changes go through the client's case team.")).toBeVisible();
    await expect(page.getByRole('button', { name: /Change status/ })).toHaveCount(0);
    await page.getByRole('tab', { name: 'Overview' }).click();
    await expect(page.getByRole('heading', { name: 'Identifiers' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Edit/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Add an identifier' })).toHaveCount(0);
    await page.getByRole('tab', { name: 'Notes' }).click();
    await expect(page.getByText('Every contact documented, newest first.', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Write a note' })).toHaveCount(0);
  });

  test('an unknown client address says "Client not found"', async ({ page }) => {
    await openSignedIn(page, '/clients/00000000-0000-4000-8000-000000000000', SUPERVISOR);
    await expect(page.getByRole('heading', { level: 1, name: 'Client not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Back to clients' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  });

  test('a stale edit of the demographics gets a conflict; after a reload the edit is kept and saves', async ({ page, browser, request }) => {
    const tag = uniqueTag();
    const token = await apiToken(request, SUPERVISOR);
    const client = await createClient(request, token, { legalFirstName: 'Cornelius', legalLastName: `Hartley${tag}`, phone: '555-0100' });
    await openSignedIn(page, `/clients/${client.id}/overview`, SUPERVISOR);
    const other = await browser.newContext();
    const stale = await other.newPage();
    await openSignedIn(stale, `/clients/${client.id}/overview`, SUPERVISOR);

    await page.getByRole('button', { name: 'Edit Demographics' }).click();
    await page.getByRole('textbox', { name: 'Phone' }).fill('555-0199');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(`The record of ${client.displayName} was saved.`)).toBeVisible();

    await stale.getByRole('button', { name: 'Edit Demographics' }).click();
    await stale.getByRole('textbox', { name: 'Preferred name' }).fill('Neil');
    await stale.getByRole('button', { name: 'Save' }).click();
    await expect(stale.getByRole('alert')).toContainText('Someone else changed this client meanwhile.');
    await stale.getByRole('button', { name: 'Reload the record' }).click();
    await expect(stale.getByRole('textbox', { name: 'Phone' })).toHaveValue('555-0199');
    await expect(stale.getByRole('textbox', { name: 'Preferred name' })).toHaveValue('Neil');
    await stale.getByRole('button', { name: 'Save' }).click();
    await expect(stale.getByRole('heading', { level: 1, name: `Neil Hartley${tag}` })).toBeVisible();
    await expect(stale.getByRole('definition').filter({ hasText: '555-0199' })).toBeVisible();
    await other.close();
  });

  test('risk, flags and the referral are edited in the overview and show in the header at once', async ({ page, request }) => {
    const tag = uniqueTag();
    const client = await createClient(request, await apiToken(request, SUPERVISOR), { legalFirstName: 'Augustin', legalLastName: `Moreau${tag}` });
    await openSignedIn(page, `/clients/${client.id}/overview`, SUPERVISOR);
    const care = page.getByRole('region', { name: 'Risk, flags and referral' });
    await care.getByRole('button', { name: 'Edit Risk, flags and referral' }).click();
    await care.getByRole('radio', { name: 'High risk' }).check();
    await care.getByRole('checkbox', { name: 'Safety alert' }).check();
    await care.getByRole('textbox', { name: 'Presenting needs' }).fill('A safe place to sleep tonight');
    await care.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(`The record of ${client.displayName} was saved.`)).toBeVisible();
    await expect(care.getByText('A safe place to sleep tonight')).toBeVisible();
    await expect(care.getByRole('button', { name: 'Edit Risk, flags and referral' })).toBeFocused();
    const header = page.getByRole('region', { name: 'Client summary' });
    await expect(header.getByText('High risk')).toBeVisible();
    await expect(header.getByText('Safety alert')).toBeVisible();
  });

  test('identifiers are masked; revealing one asks for a reason', async ({ page, request }) => {
    const tag = uniqueTag();
    const token = await apiToken(request, SUPERVISOR);
    const client = await createClient(request, token, {
      legalFirstName: 'Rosalind',
      legalLastName: `Marchetti${tag}`,
      identifiers: [{ kind: 'MEDICAID', value: 'MCD-99887766' }],
    });
    await openSignedIn(page, `/clients/${client.id}/overview`, SUPERVISOR);
    const identifiers = page.getByRole('region', { name: 'Identifiers' });
    await expect(identifiers.getByText('•••• 7766')).toBeVisible();
    await expect(page.getByText('MCD-99887766')).toHaveCount(0);

    await identifiers.getByRole('button', { name: 'Reveal Medicaid number' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reveal Medicaid number' });
    await dialog.getByRole('button', { name: 'Reveal' }).click();
    await expect(dialog.getByText('Give a reason')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Why do you need the full number?' }).fill('Billing the state for this month');
    await dialog.getByRole('button', { name: 'Reveal' }).click();
    await expect(dialog.getByText('MCD-99887766')).toBeVisible();
    await dialog.getByRole('button', { name: 'Hide' }).click();
    await expect(page.getByText('MCD-99887766')).toHaveCount(0);

    await identifiers.getByRole('button', { name: 'Add an identifier' }).click();
    await identifiers.getByRole('textbox', { name: 'Medicaid number' }).fill('MCD-11223344');
    await expect(identifiers.getByText('The client has one: saving replaces it.')).toBeVisible();
    await identifiers.getByRole('button', { name: 'Save' }).click();
    await expect(identifiers.getByText('•••• 3344')).toBeVisible();
  });

  test('the face sheet prints alone, with the header, flags, demographics and programs', async ({ page, request }) => {
    const tag = uniqueTag();
    const token = await apiToken(request, SUPERVISOR);
    const client = await createClient(request, token, {
      legalFirstName: 'Evangeline',
      legalLastName: `Pryce${tag}`,
      dateOfBirth: '1988-02-29',
      riskLevel: 'HIGH',
      flags: ['ALLERGY'],
      phone: '555-0142',
      primaryLanguage: 'Portuguese',
      interpreterNeeded: true,
    });
    await gql(
      request,
      'mutation ($input: AddClientContactInput!) { addClientContact(input: $input) { id } }',
      { input: { clientId: client.id, kind: 'FRIEND', name: `Rita Okoro${tag}`, relationship: 'Neighbour', mayShareInformation: true } },
      token,
    );
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await openSignedIn(page, `/clients/${client.id}`, SUPERVISOR);
    await page.getByRole('button', { name: 'Print face sheet' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    await page.emulateMedia({ media: 'print' });
    const sheet = page.getByRole('article', { name: 'Client face sheet' });
    await expect(sheet).toBeVisible();
    await expect(sheet.getByRole('heading', { level: 1, name: client.displayName })).toBeVisible();
    await expect(sheet.getByText('Risk: High risk · Flags: Allergy · Interpreter needed (Portuguese)')).toBeVisible();
    await expect(sheet.getByText('Allergy: A serious allergy; record the details in the notes.')).toBeVisible();
    await expect(sheet.getByText('555-0142')).toBeVisible();
    await expect(sheet.getByRole('heading', { name: 'Contacts' })).toBeVisible();
    await expect(sheet.getByRole('row', { name: new RegExp(`Rita Okoro${tag}`) })).toContainText('may share information');
    await expect(sheet.getByRole('heading', { name: 'Programs' })).toBeVisible();
    await expect(mainNav(page)).toBeHidden();
    await expect(page.getByRole('tablist')).toBeHidden();

    await page.emulateMedia({ media: 'screen' });
    await expect(sheet).toBeHidden();
    await expect(mainNav(page)).toBeVisible();
  });

  test('a plain browser print of a record leaves out the header and the navigation', async ({ page, request }) => {
    const client = await createClient(request, await apiToken(request, SUPERVISOR), { legalFirstName: 'Tomasz', legalLastName: `Wolny${uniqueTag()}` });
    await openSignedIn(page, `/clients/${client.id}`, SUPERVISOR);
    await expect(page.getByRole('heading', { level: 1, name: client.displayName })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(mainNav(page)).toBeHidden();
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: client.displayName })).toBeVisible();
    expect(await page.locator('#main-content').evaluate((element) => element.getBoundingClientRect().left)).toBeLessThan(40);
  });

  test('a supervisor merges a duplicate; its address then leads to the record that stays', async ({ page, request }) => {
    const tag = uniqueTag();
    const token = await apiToken(request, SUPERVISOR);
    const keep = await createClient(request, token, { legalFirstName: 'Leopold', legalLastName: `Vance${tag}`, dateOfBirth: '1990-10-10' });
    const duplicate = await createClient(request, token, { legalFirstName: 'Leo', legalLastName: `Vance${tag}`, dateOfBirth: '1990-10-10' });
    await openSignedIn(page, `/clients/${duplicate.id}`, SUPERVISOR);

    await page.getByRole('button', { name: 'Merge…' }).click();
    const dialog = page.getByRole('dialog', { name: `Merge ${duplicate.displayName} into another record` });
    await dialog.getByRole('textbox', { name: 'Find the record that stays' }).fill(`Vance${tag}`);
    await dialog.getByRole('radio', { name: new RegExp(keep.displayName) }).check();
    const comparison = dialog.getByRole('table', { name: 'The two records compared' });
    await expect(comparison.getByRole('row', { name: /Client number/ })).toContainText(keep.clientNumber);
    await expect(comparison.getByRole('row', { name: /Client number/ })).toContainText(duplicate.clientNumber);
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('Same person entered twice at intake');
    const confirmation = dialog.getByRole('textbox', { name: `Type ${keep.clientNumber} to confirm the record that stays` });
    await confirmation.fill(duplicate.clientNumber);
    await dialog.getByRole('button', { name: `Merge into ${keep.displayName}` }).click();
    await expect(dialog.getByText(`Type ${keep.clientNumber}, the number of the record that stays.`)).toBeVisible();
    await confirmation.fill(keep.clientNumber);
    await dialog.getByRole('button', { name: `Merge into ${keep.displayName}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: keep.displayName })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/clients/${keep.id}$`));

    await page.goto(`/clients/${duplicate.id}/overview`);
    await expect(page).toHaveURL(new RegExp(`/clients/${keep.id}/overview$`));
    await expect(page.getByText(`Record ${duplicate.clientNumber} was merged into this one.`)).toBeVisible();
  });
});
