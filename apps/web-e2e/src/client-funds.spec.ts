import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { apiToken, createUser, gql, openSignedIn } from './support/app';
import { spanishSpeakingClient } from './support/resource-lists';

/** Any small PDF stands in for the photographed receipt. */
const RECEIPT = join(__dirname, '../fixtures/signed-consent.pdf');

const dollars = (cents: number, language = 'en') => new Intl.NumberFormat(language, { style: 'currency', currency: 'USD' }).format(cents / 100);
const balanceOf = (page: Page) => page.getByRole('group', { name: /^(Fund balance|Saldo del fondo)$/ }).getByTestId('fund-balance');

test('a case manager asks for money for a client, a supervisor approves and pays it, the receipt is attached and the request reconciled, the balance right at each step', async ({ page, browser, request }) => {
  const worker = await createUser(request);
  const supervisor = await createUser(request, { role: 'SUPERVISOR' });
  const client = await spanishSpeakingClient(request, worker);
  const supervisorToken = await apiToken(request, supervisor.email, supervisor.password);
  await gql(
    request,
    'mutation ($input: RecordFundDepositInput!) { recordFundDeposit(input: $input) { id } }',
    { input: { clientId: client.id, amountCents: 20_000, source: 'BENEFITS', receivedOn: new Date().toISOString().slice(0, 10) } },
    supervisorToken,
  );

  // The case manager asks for a winter coat.
  await openSignedIn(page, `/clients/${client.id}/funds`, worker.email, worker.password);
  await expect(balanceOf(page)).toHaveText(dollars(20_000));
  await page.getByRole('button', { name: 'Request money' }).click();
  const asking = page.getByRole('dialog', { name: 'Request money from the fund' });
  await asking.getByRole('textbox', { name: 'Amount ($)' }).fill('45');
  await asking.getByRole('textbox', { name: 'Payee' }).fill('Thrift Corner');
  await asking.getByRole('textbox', { name: 'Purpose' }).fill('Winter coat before the cold snap');
  await asking.getByRole('button', { name: 'Send request' }).click();
  await expect(asking).toBeHidden();
  const title = `${dollars(4_500)} to Thrift Corner`;
  const card = page.getByRole('article', { name: title });
  await expect(card).toContainText('Waiting for approval');
  await expect(card.getByRole('button', { name: `Approve: ${title}` })).toHaveCount(0);

  // A supervisor approves it and records the check.
  const supervisorContext = await browser.newContext();
  const boss = await supervisorContext.newPage();
  await openSignedIn(boss, `/clients/${client.id}/funds`, supervisor.email, supervisor.password);
  const bossCard = boss.getByRole('article', { name: title });
  await bossCard.getByRole('button', { name: `Approve: ${title}` }).click();
  const approving = boss.getByRole('dialog', { name: 'Approve the request' });
  await approving.getByRole('textbox', { name: 'Note' }).fill('Before the cold snap.');
  await approving.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(approving).toBeHidden();
  await expect(bossCard).toContainText('Approved');
  // Until it is paid, a supervisor may still withdraw it.
  await expect(bossCard.getByRole('button', { name: `Withdraw: ${title}` })).toBeVisible();
  await expect(boss.getByRole('group', { name: 'Fund balance' })).toContainText(`Approved, not paid yet${dollars(4_500)}`);
  await bossCard.getByRole('button', { name: `Record payment: ${title}` }).click();
  const paying = boss.getByRole('dialog', { name: 'Record the payment' });
  await paying.getByRole('combobox', { name: 'Paid by' }).selectOption({ label: 'Check' });
  await paying.getByRole('textbox', { name: 'Check number or reference' }).fill('Check 881');
  await paying.getByRole('button', { name: 'Record payment' }).click();
  await expect(paying).toBeHidden();
  await expect(bossCard).toContainText('Paid');
  await expect(balanceOf(boss)).toHaveText(dollars(15_500));
  await expect(boss.getByRole('table')).toContainText('Payment · Check Check 881');

  // The case manager attaches the receipt: $40 spent.
  await page.reload();
  await expect(balanceOf(page)).toHaveText(dollars(15_500));
  await card.getByRole('button', { name: `Attach receipt: ${title}` }).click();
  const attaching = page.getByRole('dialog', { name: 'Attach a receipt' });
  await attaching.getByLabel('Receipt (photo or PDF)').setInputFiles(RECEIPT);
  await attaching.getByRole('textbox', { name: 'Amount on the receipt ($)' }).fill('40');
  await attaching.getByRole('button', { name: 'Attach receipt' }).click();
  await expect(attaching).toBeHidden();
  await expect(card).toContainText(`Receipts total ${dollars(4_000)} of ${dollars(4_500)} paid`);
  await expect(card).toContainText('Receipt – Thrift Corner');

  // The supervisor reconciles on a tablet, in Spanish: the $5 change goes back to the fund.
  await boss.setViewportSize({ width: 768, height: 1024 });
  await boss.reload();
  await boss.getByRole('button', { name: 'Language: English' }).click();
  await boss.getByRole('menuitem', { name: 'Español' }).click();
  const titleEs = `${dollars(4_500, 'es')} a Thrift Corner`;
  const cardEs = boss.getByRole('article', { name: titleEs });
  await cardEs.getByRole('button', { name: `Conciliar: ${titleEs}` }).click();
  const reconciling = boss.getByRole('dialog', { name: 'Conciliar la solicitud' });
  await expect(reconciling.getByRole('status')).toHaveText(`A los recibos les faltan ${dollars(500, 'es')} para cubrir el pago.`);
  await expect(reconciling.getByRole('radio', { name: 'Devuelta al fondo (un depósito de la diferencia)' })).toBeChecked();
  await reconciling.getByRole('button', { name: 'Conciliar', exact: true }).click();
  await expect(reconciling).toBeHidden();
  await expect(cardEs).toContainText('Conciliada');
  await expect(cardEs).toContainText('La diferencia se devolvió al fondo');
  await expect(balanceOf(boss)).toHaveText(dollars(16_000, 'es'));
  await expect(boss.getByRole('table')).toContainText('Devuelto al fondo');
  await supervisorContext.close();

  // The case manager sees the fund settled, and each step on the timeline.
  await page.reload();
  await expect(balanceOf(page)).toHaveText(dollars(16_000));
  await expect(card).toContainText('Reconciled');
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(page.getByText('Fund request reconciled: $40.00 in receipts for $45.00 paid, $5.00 returned to the fund')).toBeVisible();
});
