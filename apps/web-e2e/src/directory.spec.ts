import { expect, type APIRequestContext, test } from '@playwright/test';
import { apiToken, createUser, gql, mainNav, openSignedIn } from './support/app';

/** The seeded partner pantry (apps/api/src/seed/plan-directory-partner.ts): Spanish spoken, near Riverside's clients. */
const PANTRY = 'Lakeside Community Food Pantry';

interface ClientPage {
  clients: { edges: { node: SeededClient }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

interface SeededClient {
  id: string;
  displayName: string;
  address: { city: string | null; latitude: number | null } | null;
  enrollments: { status: string; program: { name: string } }[];
}

/**
 * A seeded client of Riverside who lives in Riverside (their address has a map position) and
 * has an active enrollment: the client the search is for. Read only; the test changes nothing.
 */
async function riversideClient(request: APIRequestContext, token: string): Promise<SeededClient & { program: string }> {
  let after: string | null = null;
  for (let page = 0; page < 20; page++) {
    const { clients }: ClientPage = await gql<ClientPage>(
      request,
      `query ($after: String) {
        clients(first: 25, after: $after, status: [ACTIVE]) {
          edges { node { id displayName address { city latitude } enrollments { status program { name } } } }
          pageInfo { hasNextPage endCursor }
        }
      }`,
      { after },
      token,
    );
    for (const { node } of clients.edges) {
      const enrollment = node.enrollments.find((item) => item.status === 'ACTIVE');
      if (node.address?.city === 'Riverside' && node.address.latitude !== null && enrollment) return { ...node, program: enrollment.program.name };
    }
    if (!clients.pageInfo.hasNextPage) break;
    after = clients.pageInfo.endCursor;
  }
  throw new Error('No seeded Riverside client with a map position and an active enrollment');
}

test.describe('the directory', () => {
  test('a supervisor finds a Spanish-speaking food pantry near a Riverside client and reads its hours and documents', async ({ page, request }) => {
    const supervisor = await createUser(request, { role: 'SUPERVISOR' });
    const token = await apiToken(request, supervisor.email, supervisor.password);
    const client = await riversideClient(request, token);

    // From the client's record: "Find services" searches for them.
    await openSignedIn(page, `/clients/${client.id}/enrollments`, supervisor.email, supervisor.password);
    await expect(mainNav(page).getByRole('link', { name: 'Directory', exact: true })).toBeVisible();
    await page.getByRole('link', { name: `Find services for this client (${client.program})` }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Directory' })).toBeVisible();
    await expect(page.getByText(`Services for ${client.displayName}`)).toBeVisible();
    await expect(page.getByRole('radio', { name: `${client.displayName}’s home` })).toBeChecked();

    await page.getByRole('searchbox', { name: 'Search', exact: true }).fill('food pantry');
    await expect(page).toHaveURL(/q=food\+pantry/);
    // With words and no order chosen, the control says which order that is.
    await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('Best match (default with words)');
    await page.getByRole('combobox', { name: 'Within' }).click();
    await page.getByRole('option', { name: '10 km' }).click();
    await expect(page).toHaveURL(/radius=10/);
    await page.getByRole('combobox', { name: 'Sort by' }).click();
    await page.getByRole('option', { name: 'Nearest first' }).click();
    await expect(page).toHaveURL(/sort=DISTANCE/);

    // The language filter counts the services that speak each language.
    await page.getByRole('combobox', { name: 'Language spoken' }).click();
    await page.getByRole('option', { name: /^Spanish \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/lang=es/);

    const results = page.getByRole('list', { name: 'Services found' });
    const pantry = results.getByRole('listitem').filter({ has: page.getByRole('heading', { name: PANTRY }) });
    await expect(pantry).toBeVisible();
    await expect(pantry.getByText('On Waymark')).toBeVisible();
    await expect(pantry.getByText(/km \([\d.]+ mi\) away/)).toBeVisible();
    await expect(pantry.getByText(/Spanish/)).toBeVisible();
    // Once the language filter has answered (the list no longer busy), every result speaks Spanish;
    // an empty list would say nothing, so there must be results to check.
    await expect(results).toHaveAttribute('aria-busy', 'false');
    await expect
      .poll(async () => {
        const texts = await results.getByRole('listitem').allInnerTexts();
        return texts.length > 0 && texts.every((text) => /Languages:.*Spanish/.test(text));
      })
      .toBe(true);

    // From the keyboard, the results are one link past the words and the order.
    await page.getByRole('link', { name: 'Skip to results' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#directory-results')).toBeFocused();

    await pantry.getByRole('link', { name: PANTRY }).click();
    await expect(page.getByRole('heading', { level: 1, name: PANTRY })).toBeVisible();
    // Opened for the client, the page says how far the pantry is from their home.
    await expect(page.getByText(`from ${client.displayName}’s home`)).toBeVisible();
    const hours = page.getByRole('table', { name: 'Opening hours by day of the week' });
    await expect(hours.getByRole('row', { name: /Monday/ })).toContainText(/9:00\sAM – 5:00\sPM/);
    await expect(hours.getByRole('row', { name: /Sunday/ })).toContainText('Closed');
    const documents = page.getByRole('region', { name: 'Documents to bring' });
    await expect(documents.getByText('Photo ID')).toBeVisible();
    await expect(documents.getByText('Proof of address')).toBeVisible();
    await expect(page.getByRole('region', { name: 'How to apply' })).toContainText('Walk in');
    await expect(page.getByRole('region', { name: 'Languages', exact: true })).toContainText('Spanish');
    await expect(page.getByRole('link', { name: /Open in OpenStreetMap/ })).toHaveAttribute('href', /^https:\/\/www\.openstreetmap\.org\/\?mlat=/);
    await expect(page.getByRole('link', { name: 'Refer', exact: true })).toHaveAttribute('href', new RegExp(`^/referrals/new\\?serviceId=[\\w-]+&clientId=${client.id}$`));

    // Back to the search as it was: the filters live in the address.
    await page.goBack();
    await expect(page.getByRole('searchbox', { name: 'Search', exact: true })).toHaveValue('food pantry');
    await expect(page.getByRole('combobox', { name: 'Language spoken' })).toHaveValue(/^Spanish/);
    await expect(results.getByRole('heading', { name: PANTRY })).toBeVisible();
  });

  test('on a tablet in Spanish, a search that finds nothing says how to widen it, and the back button undoes a filter', async ({ page, request }) => {
    const worker = await createUser(request, { role: 'CASE_MANAGER' });
    await page.setViewportSize({ width: 768, height: 1024 });
    // A point in the Mojave desert, far from every service of the region.
    await openSignedIn(page, '/directory?q=despensa&lat=34.9&lng=-115.5&radius=2', worker.email, worker.password);
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitem', { name: 'Español' }).click();

    await expect(page.getByRole('heading', { name: 'Ningún servicio coincide' })).toBeVisible();
    await expect(page.getByText('Amplíe el radio.')).toBeVisible();
    await page.getByRole('button', { name: 'Ampliar a 5 km' }).click();
    await expect(page).toHaveURL(/radius=5/);
    await expect(page.getByRole('heading', { name: 'Ningún servicio coincide' })).toBeVisible();

    await page.getByRole('button', { name: 'Quitar los filtros' }).click();
    await expect(page).not.toHaveURL(/radius=/);
    const results = page.getByRole('list', { name: 'Servicios encontrados' });
    await expect(results.getByRole('listitem').first()).toBeVisible();
    // With words and no order chosen, the best match comes first, each with its distance from the point.
    await expect(page.getByRole('combobox', { name: 'Ordenar por' })).toHaveValue('Más relevantes (predeterminado con palabras)');
    await expect(results.getByRole('listitem').first().getByText(/a [\d.,]+ km \(/)).toBeVisible();

    await page.goBack();
    await expect(page).toHaveURL(/radius=5/);
    await expect(page.getByRole('heading', { name: 'Ningún servicio coincide' })).toBeVisible();

    // On a tablet the filters fold away under a button; they show where the distances start from.
    await page.getByRole('button', { name: 'Mostrar filtros' }).click();
    await expect(page.getByRole('radio', { name: 'Un punto en el mapa' })).toBeChecked();
    await expect(page.getByRole('textbox', { name: 'Latitud' })).toHaveValue('34.9');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= 768)).toBe(true);
  });

  test('results come a page at a time: Load more adds the next page under the first', async ({ page, request }) => {
    const worker = await createUser(request, { role: 'CASE_MANAGER' });
    // The demo region has dozens of food services, more than one page.
    await openSignedIn(page, '/directory?q=food&sort=NAME', worker.email, worker.password);
    const results = page.getByRole('list', { name: 'Services found' });
    await expect(results.getByRole('listitem')).toHaveCount(20);
    const firstPage = await results.getByRole('heading', { level: 3 }).allInnerTexts();
    await page.getByRole('button', { name: 'Load more' }).click();
    await expect.poll(() => results.getByRole('listitem').count()).toBeGreaterThan(20);
    const bothPages = await results.getByRole('heading', { level: 3 }).allInnerTexts();
    expect(bothPages.slice(0, 20)).toEqual(firstPage);
    await expect(page).toHaveURL(/\/directory\?q=food&sort=NAME$/);

    // A misspelled word is searched as the directory spells it, and the page says so; the chosen order stays.
    await page.getByRole('searchbox', { name: 'Search', exact: true }).fill('shleter');
    await expect(page.getByText(/^Showing results for shelters?$/)).toBeVisible();
    await expect(page).toHaveURL(/q=shleter&sort=NAME$/);
  });
});
