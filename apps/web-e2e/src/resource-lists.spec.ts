import { expect, test } from '@playwright/test';
import { createUser, openSignedIn } from './support/app';
import { addService, PANTRY, PARENTING, spanishSpeakingClient } from './support/resource-lists';

test.describe('resource lists for the client', () => {
  // A case manager on a tablet, at the client's side.
  test.use({ viewport: { width: 768, height: 1024 } });

  test('a case manager builds a list of two services, prints it in Spanish, and sends it by e-mail', async ({ page, request }) => {
    const worker = await createUser(request);
    const client = await spanishSpeakingClient(request, worker);
    await openSignedIn(page, `/clients/${client.id}/resource-lists`, worker.email, worker.password);

    await page.getByRole('button', { name: 'New resource list' }).click();
    const dialog = page.getByRole('dialog', { name: 'New resource list' });
    await addService(page, PANTRY);
    await addService(page, PARENTING);
    await expect(dialog.getByText('On the list (2 of 20)')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'A note for the client' }).fill('Vaya a la despensa el martes por la mañana.');
    // The client speaks Spanish, so the list is in Spanish unless the case manager picks otherwise.
    await expect(dialog.getByRole('combobox', { name: 'Language of the list' })).toHaveValue('Spanish');
    await dialog.getByRole('button', { name: 'Make the list' }).click();
    await expect(dialog).toBeHidden();

    const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: '2 services' }) });
    await expect(card).toContainText('in Spanish');
    await expect(card.getByRole('listitem').nth(0)).toContainText(PANTRY);
    await expect(card.getByRole('listitem').nth(1)).toContainText(PARENTING);
    await expect(card).toContainText('Not printed or sent yet.');

    // The print view is in the list's language, whatever the screen's.
    await card.getByRole('button', { name: /^Print the list of/ }).click();
    await expect(page).toHaveURL(new RegExp(`/clients/${client.id}/resource-lists/[0-9a-f-]+/print$`));
    const sheet = page.getByRole('article', { name: 'Recursos comunitarios para usted' });
    await expect(sheet.getByRole('heading', { level: 1, name: 'Recursos comunitarios para usted' })).toBeVisible();
    await expect(sheet.getByRole('heading', { level: 2, name: `1. ${PANTRY}` })).toBeVisible();
    await expect(sheet.getByRole('heading', { level: 2, name: `2. ${PARENTING}` })).toBeVisible();
    await expect(sheet.getByText('Una nota de su administrador de casos:')).toBeVisible();
    await expect(sheet.getByText('Horario').first()).toBeVisible();
    await expect(sheet.getByText('Para quién es').first()).toBeVisible();
    await expect(sheet.getByText('Costo').first()).toBeVisible();
    await expect(sheet.getByText('Hours')).toHaveCount(0);
    // The browser's print dialog is stood in for; the print is recorded before it opens.
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await page.getByRole('button', { name: 'Print', exact: true }).click();
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');

    await page.getByRole('link', { name: 'Back to the resource lists' }).click();
    await expect(card).toContainText(/Printed .+ by /);

    await card.getByRole('button', { name: 'Send by e-mail' }).click();
    const send = page.getByRole('dialog', { name: 'Send the list by e-mail' });
    await expect(send).toContainText(client.email);
    await send.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(page.getByText(`Sent to ${client.email}.`)).toBeVisible();
    await expect(card).toContainText(`E-mailed to ${client.email}`);
  });
});
