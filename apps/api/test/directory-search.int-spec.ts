import { Clock } from '@waymark/api/common';
import { Role } from '@waymark/shared/types';
import { ok, staff, type Worker } from './support/client-fixtures';
import { addDirectory, BOISE, clearRegion, DIRECTORY_SEARCH, offset, RENO } from './support/directory-search-fixtures';
import { codeOf, newAgency, type TestAgency } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

interface Hit {
  serviceId: string;
  name: string;
  organizationName: string;
  status: string;
  address: string | null;
  distanceKm: number | null;
  openNow: boolean | null;
  languages: string[];
  categories: { code: string; name: string }[];
  minimumAge: number | null;
  maximumAge: number | null;
  onWaymark: boolean;
}

interface Result {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Hit }[];
  facets: { categories: { code: string; name: string; nameEs: string | null; count: number }[]; languages: { code: string; name: string; count: number }[] };
  correctedText: string | null;
}

/** Within this radius of Boise lies only this spec's fixture directory (other specs and the seed fill California). */
const AROUND_BOISE = { near: { latitude: BOISE.latitude, longitude: BOISE.longitude }, radiusKm: 50 };

describe('directory search', () => {
  let t: TestApp;
  let mine: TestAgency;
  let other: TestAgency;
  let people: Record<'me' | 'stranger', Worker>;

  const search = async (input: Record<string, unknown>, who: 'me' | 'stranger' = 'me'): Promise<Result> =>
    ok(t.gql(DIRECTORY_SEARCH, { input }, { token: people[who].token }));
  const names = (result: Result) => result.edges.map((edge) => edge.node.name);
  const around = (input: Record<string, unknown> = {}, who: 'me' | 'stranger' = 'me') => search({ ...AROUND_BOISE, ...input }, who);
  const travelTo = (instant: string) => t.app.get(Clock).travelTo(instant);

  beforeAll(async () => {
    t = await startTestApp();
    [mine, other] = [await newAgency(t), await newAgency(t)];
    people = await staff(t, { me: [mine, Role.CASE_MANAGER], stranger: [other, Role.CASE_MANAGER] });
    for (const centre of [BOISE, RENO]) await clearRegion(t, centre, 150);

    // A food bank another agency keeps and shares, and which is that agency on Waymark.
    await addDirectory(t, BOISE, { name: 'Treasure Valley Food Bank', keeperId: other.id, visibility: 'SHARED', waymarkAgencyId: other.id }, [
      {
        name: 'Community Food Pantry',
        description: 'Free groceries and fresh produce for families.',
        keywords: ['groceries'],
        categories: ['food-pantry'],
        languages: ['en', 'es'],
        at: [2, 0],
        hours: [[['MO', 'TU', 'WE', 'TH', 'FR'], '09:00', '17:00']],
      },
      { name: 'Hot Meals Kitchen', description: 'A hot lunch every day.', categories: ['meals'], at: [0, 5], hours: [[['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'], '11:00', '13:00']] },
    ]);
    await addDirectory(t, BOISE, { name: 'Boise Rescue Mission', keeperId: mine.id, visibility: 'SHARED' }, [
      {
        name: 'Emergency Shelter',
        description: 'Overnight beds for adults.',
        categories: ['emergency-shelter'],
        languages: ['en', 'es'],
        at: [-1, 0],
        ages: [18, null],
        hours: [[['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'], '00:00', '23:59']],
      },
      { name: 'Youth Shelter', description: 'A safe bed for teenagers.', categories: ['emergency-shelter'], at: [0, -8], ages: [12, 17] },
    ]);
    await addDirectory(t, BOISE, { name: 'Valley Clinic', keeperId: mine.id, visibility: 'SHARED' }, [
      { name: 'Dental Clinic', description: 'Cleanings and fillings.', categories: ['dental'], languages: ['en', 'vi'], at: [30, 0], hours: [[['TU'], '08:00', '12:00']], hoursOnLocation: true },
      { name: 'Walk-in Medical Clinic', description: 'Closed while the building is repaired.', categories: ['primary-care'], at: [0, 3], status: 'TEMPORARILY_CLOSED' },
    ]);
    // Each agency's private list: only its own people find it.
    await addDirectory(t, BOISE, { name: 'Other Agency Private List', keeperId: other.id, visibility: 'PRIVATE' }, [
      { name: 'Secret Food Pantry', categories: ['food-pantry'], at: [0.5, 0] },
    ]);
    await addDirectory(t, BOISE, { name: 'My Agency Private List', keeperId: mine.id, visibility: 'PRIVATE' }, [
      { name: 'Caseworker Favorite Food Pantry', categories: ['food-pantry'], at: [0, 4] },
    ]);
    await addDirectory(t, BOISE, { name: 'Mountain Home Outreach', keeperId: mine.id, visibility: 'SHARED' }, [
      { name: 'Mountain Home Food Pantry', categories: ['food-pantry'], at: [-80, 0] },
    ]);
  });

  // A test that moves the clock gets it back even when an assertion fails on the way.
  afterEach(() => t.app.get(Clock).travelTo(new Date()));
  afterAll(() => t.close());

  it('matches the forms of a word ("pantries" finds every food pantry) and forgives typos', async () => {
    expect(names(await around({ text: 'pantries' })).sort()).toEqual(['Caseworker Favorite Food Pantry', 'Community Food Pantry']);
    expect(names(await around({ text: 'fod pantri' }))).toContain('Community Food Pantry');
    const typo = await around({ text: 'Shleter' });
    expect(names(typo).sort()).toEqual(['Emergency Shelter', 'Youth Shelter']);
    // The reader is told what was searched instead; words spelled as the directory spells them are not "corrected".
    expect(typo.correctedText).toBe('shelter');
    expect((await around({ text: 'food pantry' })).correctedText).toBeNull();
    // The organization's name and the keywords are words of its services too.
    expect(names(await around({ text: 'treasure valley groceries' }))).toEqual(['Community Food Pantry']);
    expect((await around({ text: 'zzyzx quorble' })).totalCount).toBe(0);
  });

  it('ranks the better match first', async () => {
    // By name the caseworker's favorite comes first; the pantry whose name is nearest the words comes first by relevance.
    expect(names(await around({ text: 'food pantry', sort: 'NAME' }))[0]).toBe('Caseworker Favorite Food Pantry');
    const result = await around({ text: 'food pantry', sort: 'RELEVANCE' });
    expect(names(result)[0]).toBe('Community Food Pantry');
    expect(names(result)).not.toContain('Hot Meals Kitchen');
  });

  it('finds a category with its children, and leaves inactive services out unless asked', async () => {
    expect(names(await around({ taxonomyCodes: ['food'], sort: 'NAME' }))).toEqual(['Caseworker Favorite Food Pantry', 'Community Food Pantry', 'Hot Meals Kitchen']);
    expect(names(await around({ taxonomyCodes: ['health'] }))).toEqual(['Dental Clinic']);
    expect(names(await around({ taxonomyCodes: ['health'], includeInactive: true, sort: 'NAME' }))).toEqual(['Dental Clinic', 'Walk-in Medical Clinic']);
    expect(names(await around({ taxonomyCodes: ['meals', 'dental'], sort: 'NAME' }))).toEqual(['Dental Clinic', 'Hot Meals Kitchen']);
  });

  it('finds services in a language, and those whose ages admit the client', async () => {
    expect(names(await around({ languageCode: 'vi' }))).toEqual(['Dental Clinic']);
    expect(names(await around({ languageCode: 'es', sort: 'NAME' }))).toEqual(['Community Food Pantry', 'Emergency Shelter']);
    const teen = names(await around({ age: 15, taxonomyCodes: ['housing'] }));
    expect(teen).toEqual(['Youth Shelter']);
    expect(names(await around({ age: 30, taxonomyCodes: ['housing'] }))).toEqual(['Emergency Shelter']);
    // A service without age limits admits everyone.
    expect(names(await around({ age: 3 }))).toContain('Community Food Pantry');
  });

  it('knows what is open now, by each location’s own time zone', async () => {
    // Monday 23 November 2026, 11:30 in Boise (Mountain time, UTC−7), only 10:30 in Los Angeles.
    travelTo('2026-11-23T18:30:00Z');
    const monday = await around({ openNow: true, sort: 'NAME' });
    expect(names(monday)).toEqual(['Community Food Pantry', 'Emergency Shelter', 'Hot Meals Kitchen']);
    expect(monday.edges.every((edge) => edge.node.openNow)).toBe(true);
    // Tuesday at 09:00 the clinic's location opens; lunch has not started.
    travelTo('2026-11-24T16:00:00Z');
    expect(names(await around({ openNow: true, sort: 'NAME' }))).toEqual(['Community Food Pantry', 'Dental Clinic', 'Emergency Shelter']);
    // Saturday evening: only the shelter; a service with no hours is neither open nor closed.
    travelTo('2026-11-28T03:00:00Z');
    const all = await around({ sort: 'NAME' });
    const open = Object.fromEntries(all.edges.map(({ node }) => [node.name, node.openNow]));
    expect(open).toMatchObject({ 'Emergency Shelter': true, 'Community Food Pantry': false, 'Hot Meals Kitchen': false, 'Youth Shelter': null });
  });

  it('sorts by distance from a point, within a radius, with the nearest location’s address', async () => {
    const result = await around({ sort: 'DISTANCE' });
    expect(names(result)).toEqual(['Emergency Shelter', 'Community Food Pantry', 'Caseworker Favorite Food Pantry', 'Hot Meals Kitchen', 'Youth Shelter', 'Dental Clinic']);
    const distances = result.edges.map((edge) => edge.node.distanceKm as number);
    expect(distances[0]).toBeCloseTo(1, 1);
    expect(distances[5]).toBeCloseTo(30, 0);
    expect(result.edges[1].node.address).toBe('2/0 Fixture St, Fixture City, ID 83702');
    expect(names(await around({ radiusKm: 3, sort: 'DISTANCE' }))).toEqual(['Emergency Shelter', 'Community Food Pantry']);
    expect(names(await around({ radiusKm: 100, taxonomyCodes: ['food-pantry'], sort: 'DISTANCE' }))).toEqual([
      'Community Food Pantry',
      'Caseworker Favorite Food Pantry',
      'Mountain Home Food Pantry',
    ]);
    // With a point and no sort asked for, nearest first.
    expect(names(await around({ radiusKm: 3 }))).toEqual(['Emergency Shelter', 'Community Food Pantry']);
  });

  it('never shows another agency’s private entries, and shows its own', async () => {
    const mineSees = names(await around({ taxonomyCodes: ['food-pantry'], sort: 'NAME' }));
    expect(mineSees).toEqual(['Caseworker Favorite Food Pantry', 'Community Food Pantry']);
    const theySee = names(await around({ taxonomyCodes: ['food-pantry'], sort: 'NAME' }, 'stranger'));
    expect(theySee).toEqual(['Community Food Pantry', 'Secret Food Pantry']);
    expect((await around({ text: 'secret' })).totalCount).toBe(0);
    // A typo is corrected to its keeper's private words, and to no one else's.
    expect(names(await around({ text: 'secrat' }, 'stranger'))).toEqual(['Secret Food Pantry']);
    const readers = await t.db.query(`SELECT agency_id FROM directory_word WHERE word = 'secret'`);
    expect(readers).toContainEqual({ agency_id: other.id });
    expect(readers).not.toContainEqual({ agency_id: null });
    const pantry = (await around({ text: 'community pantry' })).edges[0].node;
    expect(pantry).toMatchObject({ organizationName: 'Treasure Valley Food Bank', onWaymark: true, languages: ['en', 'es'], categories: [{ code: 'food-pantry', name: 'Food pantry' }] });
  });

  it('counts each top-level category and language over what it finds, each facet ignoring its own filter', async () => {
    const { facets, totalCount } = await around({ languageCode: 'es' });
    expect(totalCount).toBe(2);
    // The categories of the two Spanish-speaking services…
    expect(facets.categories).toEqual(
      expect.arrayContaining([
        { code: 'basic-needs', name: 'Basic needs', nameEs: 'Necesidades básicas', count: 1 },
        { code: 'housing', name: 'Housing and shelter', nameEs: 'Vivienda y refugio', count: 1 },
      ]),
    );
    expect(facets.categories).toHaveLength(2);
    // …and every language of the services around, as if no language were chosen.
    expect(facets.languages).toEqual([
      { code: 'en', name: 'English', count: 6 },
      { code: 'es', name: 'Spanish', count: 2 },
      { code: 'vi', name: 'Vietnamese', count: 1 },
    ]);
    const byCategory = await around({ taxonomyCodes: ['food'] });
    expect(byCategory.facets.categories.map((facet) => [facet.code, facet.count])).toEqual([
      ['basic-needs', 3],
      ['housing', 2],
      ['health', 1],
    ]);
  });

  describe('pages', () => {
    const nearReno = { near: { latitude: RENO.latitude, longitude: RENO.longitude }, radiusKm: 40 };

    beforeAll(async () => {
      // 25 sites 1 km apart going north, named so that name order differs from distance order.
      await addDirectory(
        t,
        RENO,
        { name: 'Reno Food Network', keeperId: mine.id, visibility: 'SHARED' },
        Array.from({ length: 25 }, (_, i) => ({ name: `Pantry ${String.fromCharCode(90 - i)}${i}`, categories: ['food-pantry'], keywords: ['reno'], at: [i + 1, 0] as [number, number] })),
      );
    });

    async function walk(input: Record<string, unknown>): Promise<string[]> {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: Result = await search({ ...nearReno, ...input, first: 10, after });
        expect(page.totalCount).toBe(25);
        seen.push(...names(page));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      return seen;
    }

    it('measures no farther than the widest radius when none is given', async () => {
      // Reno lies some 545 km from Boise, beyond DIRECTORY_RADIUS_MAX_KM (500): found, but unmeasured and last.
      const fromBoise = await search({ near: { latitude: BOISE.latitude, longitude: BOISE.longitude }, text: 'reno', sort: 'DISTANCE', first: 3 });
      expect(fromBoise.totalCount).toBe(25);
      expect(fromBoise.edges.map((edge) => edge.node.distanceKm)).toEqual([null, null, null]);
      const fromReno = await search({ near: { latitude: RENO.latitude, longitude: RENO.longitude }, text: 'reno', sort: 'DISTANCE', first: 1 });
      expect(fromReno.edges[0].node).toMatchObject({ name: 'Pantry Z0' });
      expect(fromReno.edges[0].node.distanceKm).toBeCloseTo(1, 1);
      // Sorted by name, only the page is measured: the same distance.
      const byName = await search({ near: { latitude: RENO.latitude, longitude: RENO.longitude }, text: 'reno', sort: 'NAME', first: 1 });
      expect(byName.edges[0].node).toMatchObject({ name: 'Pantry B24' });
      expect(byName.edges[0].node.distanceKm).toBeCloseTo(25, 1);
    });

    it('walks every result once in each order, in SQL-sized pages', async () => {
      for (const sort of ['DISTANCE', 'NAME', 'RELEVANCE']) {
        const seen = await walk({ sort, text: sort === 'RELEVANCE' ? 'reno pantry' : undefined });
        expect(seen).toHaveLength(25);
        expect(new Set(seen).size).toBe(25);
      }
      expect((await walk({ sort: 'DISTANCE' })).slice(0, 3)).toEqual(['Pantry Z0', 'Pantry Y1', 'Pantry X2']);
      expect((await walk({ sort: 'NAME' })).slice(0, 2)).toEqual(['Pantry B24', 'Pantry C23']);
    });

    it('goes on from where the last page ended when services are added meanwhile', async () => {
      const first: Result = await search({ ...nearReno, sort: 'DISTANCE', first: 10 });
      expect(first.edges.at(-1)?.node.name).toBe('Pantry Q9');
      // A new service nearer than the page's end does not push a row of the first page onto the second.
      await addDirectory(t, RENO, { name: 'Reno Newcomer', keeperId: mine.id, visibility: 'SHARED' }, [
        { name: 'Pantry New', categories: ['food-pantry'], at: [0.5, 0] },
      ]);
      const second: Result = await search({ ...nearReno, sort: 'DISTANCE', first: 10, after: first.pageInfo.endCursor });
      expect(names(second)[0]).toBe('Pantry P10');
      expect(second.totalCount).toBe(26);
    });

    it('refuses a cursor of another sort or a forged one', async () => {
      const page: Result = await search({ ...nearReno, sort: 'DISTANCE', first: 5 });
      const res = await t.gql(DIRECTORY_SEARCH, { input: { ...nearReno, sort: 'NAME', first: 5, after: page.pageInfo.endCursor } }, { token: people.me.token });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      const forged = await t.gql(DIRECTORY_SEARCH, { input: { ...nearReno, after: 'bm9wZQ' } }, { token: people.me.token });
      expect(codeOf(forged)).toBe('BAD_USER_INPUT');
    });
  });

  it('answers in as many SQL statements whatever is asked and however many it finds', async () => {
    const counted = async (input: Record<string, unknown>) => {
      const spy = jest.spyOn(t.db.logger, 'logQuery');
      try {
        await around(input);
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    const bare = await counted({ first: 1 });
    for (const input of [
      { first: 20 },
      { text: 'fod pantri', taxonomyCodes: ['food'], first: 1 },
      { text: 'food pantry', taxonomyCodes: ['food'], first: 20 },
      { taxonomyCodes: ['food', 'health'], languageCode: 'es', openNow: true, sort: 'DISTANCE' },
    ]) {
      expect(await counted(input)).toBe(bare);
    }
  });

  it('answers bad input with a clear, typed error', async () => {
    const refusals: [Record<string, unknown>, string][] = [
      [{ radiusKm: 5 }, 'A radius needs a point to measure from.'],
      [{ sort: 'DISTANCE' }, 'Sorting by distance needs a point to measure from.'],
      [{ taxonomyCodes: ['food', 'no-such-category'] }, 'Unknown category no-such-category.'],
      [{ languageCode: 'Spanish!' }, 'languageCode'],
      [{ age: -1 }, 'age'],
      [{ ...AROUND_BOISE, radiusKm: 501 }, 'radiusKm'],
      [{ near: { latitude: 91, longitude: 0 } }, 'latitude'],
      [{ first: 0 }, 'first'],
      [{ text: 'x'.repeat(201) }, 'text'],
    ];
    for (const [input, message] of refusals) {
      const res = await t.gql(DIRECTORY_SEARCH, { input }, { token: people.me.token });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(res.errors)).toContain(message);
    }
  });

  it('gives a client’s address its coordinates, to search near the client', async () => {
    const client = await ok<{ id: string }>(
      t.gql(`mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }`, { input: { legalFirstName: 'Ana', legalLastName: 'Near', address: { line1: '1 Main St', city: 'Boise' } } }, { token: people.me.token }),
    );
    const point = offset(BOISE, [1.5, 0]);
    await t.db.query(`UPDATE client SET latitude = $2, longitude = $3 WHERE id = $1`, [client.id, point.latitude, point.longitude]);
    const read = await ok<{ address: { latitude: number; longitude: number } }>(
      t.gql(`query ($id: ID!) { client(id: $id) { address { latitude longitude } } }`, { id: client.id }, { token: people.me.token }),
    );
    expect(read.address).toEqual(point);
    const nearClient = await search({ near: read.address, radiusKm: 3 });
    expect(names(nearClient)).toEqual(['Community Food Pantry', 'Emergency Shelter']);
  });
});
