import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { verifyWebhookSignature } from '@waymark/shared/types';
import { ADMIN, apiToken, DEMO_PASSWORD, gql, openSignedIn } from './support/app';
import { createClient, uniqueTag } from './support/clients';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A receiver on this machine (the API may post to localhost outside production) that records what it gets. */
async function receiver() {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/waymark`, received, close: () => new Promise((resolve) => server.close(resolve)) };
}

test.describe('admin: webhooks', () => {
  test('an admin subscribes a receiver, sees the secret once, finds the delivery in the log and replays it', async ({ page, request }) => {
    const hook = await receiver();
    try {
      const tag = uniqueTag();
      // Waiting on the receiver leaves the page idle past the short test lock: sign back in and carry on.
      const lock = page.getByRole('dialog', { name: 'Your screen is locked' });
      await page.addLocatorHandler(lock, async () => {
        await lock.getByRole('textbox', { name: 'Password' }).fill(DEMO_PASSWORD);
        await lock.getByRole('button', { name: 'Sign in', exact: true }).click();
        await expect(lock).toBeHidden();
      });
      await openSignedIn(page, '/admin/webhooks');
      await expect(page.getByRole('heading', { level: 1, name: 'Webhooks' })).toBeVisible();
      await page.getByRole('button', { name: 'Add subscription' }).click();
      const form = page.getByRole('form', { name: 'Add subscription' });
      await form.getByRole('button', { name: 'Create subscription' }).click();
      await expect(form.getByText('Choose at least one event')).toBeVisible();
      await form.getByRole('textbox', { name: 'Target URL' }).fill(hook.url);
      await form.getByRole('checkbox', { name: 'Enrollment opened' }).check();
      await form.getByRole('textbox', { name: 'Description' }).fill(`County EHR ${tag}`);
      await form.getByRole('button', { name: 'Create subscription' }).click();

      const dialog = page.getByRole('dialog', { name: 'Signing secret' });
      const secret = (await dialog.getByTestId('webhook-secret').textContent())?.trim() ?? '';
      expect(secret).toMatch(/^whsec_/);
      await dialog.getByRole('button', { name: 'I have saved it' }).click();
      await expect(dialog).toBeHidden();
      const row = page.getByTestId('webhook-subscription').filter({ hasText: `County EHR ${tag}` });
      await expect(row).toContainText('Active');
      // Shown once: the page holds it nowhere after the dialog closes.
      await expect(page.getByText(secret)).toHaveCount(0);

      // An event: a client is enrolled in a program (through the API, as the admin).
      const token = await apiToken(request, ADMIN.email);
      const client = await createClient(request, token, { legalFirstName: 'Ines', legalLastName: `Webhook${tag}`, dateOfBirth: '1980-03-04' });
      const program = await gql<{ createProgram: { id: string } }>(
        request,
        'mutation ($input: CreateProgramInput!) { createProgram(input: $input) { id } }',
        { input: { code: `W${tag.toUpperCase()}`, name: `Webhook program ${tag}`, rules: { eligibility: {} } } },
        token,
      );
      const enrollment = await gql<{ enrollClient: { id: string } }>(
        request,
        'mutation ($input: EnrollClientInput!) { enrollClient(input: $input) { id } }',
        { input: { clientId: client.id, programId: program.createProgram.id, openedOn: new Date().toISOString().slice(0, 10), reason: 'Referral' } },
        token,
      );

      // The job queue sends it at once; the receiver checks the signature with the shared function. Specs running
      // beside this one enroll the demo agency's clients too, so only this enrollment's deliveries are looked at.
      const mine = () => hook.received.filter((r) => JSON.parse(r.body).data.enrollmentId === enrollment.enrollClient.id);
      await expect.poll(() => mine().length, { timeout: 30_000 }).toBe(1);
      const [first] = mine();
      expect(JSON.parse(first.body)).toMatchObject({ type: 'enrollment.opened', data: { enrollmentId: enrollment.enrollClient.id, clientId: client.id } });
      expect(first.body).not.toContain('Ines');
      expect(await verifyWebhookSignature(secret, first.body, first.headers['waymark-signature'] as string)).toBe(true);

      await page.reload();
      const delivery = page.getByTestId('webhook-delivery').filter({ hasText: String(first.headers['waymark-event-id']) }).first();
      await expect(delivery).toContainText('Enrollment opened');
      await expect(delivery).toContainText('Delivered');
      await delivery.getByRole('button', { name: /^Replay/ }).click();

      await expect.poll(() => mine().length, { timeout: 30_000 }).toBe(2);
      expect(mine()[1].headers['waymark-event-id']).toBe(first.headers['waymark-event-id']);
      expect(mine()[1].body).toBe(first.body);
      await page.reload();
      await expect(page.getByTestId('webhook-delivery').filter({ hasText: String(first.headers['waymark-event-id']) })).toHaveCount(2);

      // Paused, it gets nothing new.
      await row.getByRole('button', { name: 'Pause' }).click();
      await expect(row).toContainText('Paused');
    } finally {
      await hook.close();
    }
  });

  test('in Spanish on a tablet, the form and the log read in Spanish', async ({ page }) => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await openSignedIn(page, '/admin/webhooks');
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitem', { name: 'Español' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Registro de envíos' })).toBeVisible();
    await page.getByRole('button', { name: 'Añadir suscripción' }).click();
    const form = page.getByRole('form', { name: 'Añadir suscripción' });
    await expect(form.getByRole('checkbox', { name: 'Cliente dado de alta' })).toBeVisible();
    await form.getByRole('button', { name: 'Crear suscripción' }).click();
    await expect(form.getByText('Elija al menos un evento')).toBeVisible();
    await form.getByRole('button', { name: 'Cancelar' }).click();
    await expect(form).toBeHidden();
  });
});
