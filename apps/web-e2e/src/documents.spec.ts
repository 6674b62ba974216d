import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { apiToken, createUser, openSignedIn } from './support/app';
import { createClient, recordMedicalConsent, uniqueTag } from './support/clients';

/** A one-page PDF a real printer driver could have made: the signed release the case manager scanned. */
const SIGNED_CONSENT = join(__dirname, '../fixtures/signed-consent.pdf');

test('a case manager attaches the signed form to a consent, finds it among the documents and previews it; a program renamed .pdf is refused', async ({ page, request }) => {
  const worker = await createUser(request);
  const token = await apiToken(request, worker.email, worker.password);
  const client = await createClient(request, token, { legalFirstName: 'Rosa', legalLastName: `Quintero${uniqueTag()}`, dateOfBirth: '1979-02-14' });
  await recordMedicalConsent(request, token, client.id, 'Riverside Family Medicine');

  await openSignedIn(page, `/clients/${client.id}/consents`, worker.email, worker.password);
  await page.getByRole('button', { name: 'Attach the signed form of the consent to share with Riverside Family Medicine' }).click();
  const dialog = page.getByRole('dialog', { name: 'Upload a document' });
  await expect(dialog.getByRole('combobox', { name: 'Type of document' })).toHaveValue('SIGNED_CONSENT');
  await expect(dialog.getByRole('combobox', { name: 'Attach to' }).locator('option:checked')).toHaveText(/^Consent to share with Riverside Family Medicine/);
  await dialog.getByLabel('File').setInputFiles(SIGNED_CONSENT);
  await expect(dialog.getByRole('textbox', { name: 'Title' })).toHaveValue('signed consent');
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Signed release – Riverside Family Medicine');
  await dialog.getByRole('button', { name: 'Upload', exact: true }).click();
  await expect(page.getByText('“Signed release – Riverside Family Medicine” was uploaded.')).toBeVisible();
  await expect(dialog).toBeHidden();

  // The consent's card links to its signed form in the Documents tab.
  await page.getByRole('article', { name: 'Riverside Family Medicine' }).getByRole('link', { name: 'Signed release – Riverside Family Medicine' }).click();
  await expect(page).toHaveURL(new RegExp(`/clients/${client.id}/documents\\?item=`));
  await expect(page.getByRole('tab', { name: 'Documents', selected: true })).toBeVisible();
  const card = page.getByRole('article', { name: 'Signed release – Riverside Family Medicine' });
  await expect(card).toContainText('Signed consent');
  await expect(card).toContainText(/Attached to:?\s*Consent to share with Riverside Family Medicine/);
  await expect(card).toContainText(`Uploaded by ${worker.displayName}`);
  await expect(card).toContainText('signed-consent.pdf');

  await card.getByRole('button', { name: 'Preview Signed release – Riverside Family Medicine' }).click();
  const preview = page.getByRole('dialog', { name: 'Signed release – Riverside Family Medicine' });
  const frame = preview.locator('iframe[title="Document: Signed release – Riverside Family Medicine"]');
  await expect(frame).toBeVisible();
  await expect(frame).toHaveAttribute('src', /^blob:/);
  await preview.getByRole('button', { name: 'Close' }).first().click();
  await expect(preview).toBeHidden();

  // An .exe renamed .pdf: the server reads the content, not the name.
  await page.getByRole('button', { name: 'Upload document' }).click();
  const upload = page.getByRole('dialog', { name: 'Upload a document' });
  await upload.getByLabel('File').setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(512, 0x90)]) });
  await upload.getByRole('button', { name: 'Upload', exact: true }).click();
  await expect(upload.getByRole('alert')).toContainText('This kind of file is not accepted, whatever its name says.');
  await upload.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('1 document', { exact: true })).toBeVisible();
});

test('on a tablet, the Documents tab speaks Spanish, marks a lapsed ID as expired and lifts the mark once its expiry is changed', async ({ page, request }) => {
  const worker = await createUser(request);
  const token = await apiToken(request, worker.email, worker.password);
  const client = await createClient(request, token, { legalFirstName: 'Tomás', legalLastName: `Ibarra${uniqueTag()}`, dateOfBirth: '1968-11-02' });
  const form = new FormData();
  for (const [name, value] of Object.entries({ clientId: client.id, documentType: 'ID', title: 'Cédula', documentDate: '2019-03-01', expiresOn: '2024-03-01' })) form.append(name, value);
  form.append('file', new Blob([Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')], { type: 'image/png' }), 'cedula.png');
  const uploaded = await request.fetch('/documents', { method: 'POST', headers: { authorization: `Bearer ${token}` }, multipart: form });
  expect(uploaded.status()).toBe(201);

  // On a tablet in portrait.
  await page.setViewportSize({ width: 768, height: 1024 });
  await openSignedIn(page, `/clients/${client.id}/documents`, worker.email, worker.password);
  await page.getByRole('button', { name: 'Language: English' }).click();
  await page.getByRole('menuitem', { name: 'Español' }).click();
  await expect(page.getByRole('heading', { name: 'Documentos' })).toBeVisible();
  const card = page.getByRole('article', { name: 'Cédula' });
  await expect(card).toContainText('Identificación');
  await expect(card.getByText('Vencido', { exact: true })).toBeVisible();
  await expect(card).toContainText('Venció el');
  await expect(card.getByRole('button', { name: 'Vista previa de Cédula' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);

  // A renewed ID: the new expiry lifts the mark.
  await card.getByRole('button', { name: 'Editar Cédula' }).click();
  const edit = page.getByRole('dialog', { name: 'Editar «Cédula»' });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
  await edit.getByLabel('Vence el').fill('2031-03-01');
  await edit.getByRole('button', { name: 'Guardar cambios' }).click();
  await expect(edit).toBeHidden();
  await expect(card).toContainText('Vence el');
  await expect(card.getByText('Vencido', { exact: true })).toHaveCount(0);
});
