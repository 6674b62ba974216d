import { expect, test } from '@playwright/test';
import { openSignedIn } from './support/app';

interface SentOperation {
  operationName?: string;
  query?: string;
  extensions?: { persistedQuery?: { sha256Hash?: string } };
}

test.describe('persisted queries', () => {
  test('the SPA sends its operations by hash, never their text, and the API knows every hash', async ({ page }) => {
    const sent: SentOperation[] = [];
    const unknownHashes: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/graphql') sent.push(request.postDataJSON() as SentOperation);
    });
    page.on('response', async (response) => {
      if (new URL(response.url()).pathname !== '/graphql') return;
      const body = (await response.json().catch(() => null)) as { errors?: { extensions?: { code?: string } }[] } | null;
      if (body?.errors?.some((error) => error.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')) unknownHashes.push(response.url());
    });

    await openSignedIn(page, '/dashboard');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.goto('/care-plans');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    expect(sent.length).toBeGreaterThan(3);
    expect(sent.filter((operation) => operation.query !== undefined || !operation.extensions?.persistedQuery?.sha256Hash).map((operation) => operation.operationName)).toEqual([]);
    expect(unknownHashes).toEqual([]);
  });
});
