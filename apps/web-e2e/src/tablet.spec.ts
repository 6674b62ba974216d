import { expect, test } from '@playwright/test';
import { openSignedIn } from './support/app';

test('on a tablet in portrait the client list shows its last column whole', async ({ page }) => {
  await openSignedIn(page, '/clients', 'supervisor@riverside.example');
  await page.setViewportSize({ width: 768, height: 1024 });
  const table = page.getByRole('table', { name: 'Clients' });
  const lastHeader = table.getByRole('columnheader').last();
  await expect(lastHeader).toBeVisible();
  const box = await lastHeader.boundingBox();
  expect(box && box.x + box.width <= 768).toBe(true);
  // The table fits: nothing hides behind a sideways scroll.
  expect(await table.evaluate((element) => element.scrollWidth <= (element.parentElement?.clientWidth ?? 0) + 1)).toBe(true);
});
