import { DirectoryImportSweep } from '@waymark/api/resource-directory';
import { DIRECTORY_IMPORT_PROBLEMS_KEPT, DIRECTORY_IMPORT_STALE_MINUTES, DIRECTORY_IMPORT_STOPPED_PROBLEM, DIRECTORY_IMPORT_TEXT_MAX } from '@waymark/shared/types';
import { staff, type Worker } from './support/client-fixtures';
import { codeOf, newAgency, type TestAgency } from './support/factories';
import { DIRECTORY_IMPORT, DIRECTORY_IMPORTS, EXPORT_DIRECTORY, forgetDirectory, type HsdsFile, hsdsFixture, IMPORT_DIRECTORY } from './support/hsds-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

interface Problem {
  file: string;
  row: number | null;
  field: string | null;
  message: string;
}

interface DirectoryImport {
  id: string;
  status: string;
  rowsTotal: number;
  rowsDone: number;
  rowsImported: number;
  rowsRejected: number;
  problems: Problem[];
  finishedAt: string | null;
}

describe('HSDS import and export of the directory', () => {
  let t: TestApp;
  let agency: TestAgency;
  let admin: Worker;
  let caseManager: Worker;

  beforeAll(async () => {
    t = await startTestApp();
    // Fixture ids are HSDS ids, one agency's each: clear what an earlier run left.
    await forgetDirectory(t);
    agency = await newAgency(t);
    ({ admin, caseManager } = await staff(t, { admin: agency.admin, caseManager: [agency, 'CASE_MANAGER'] }));
  });
  afterAll(() => t.close());

  /** Starts an import (it answers RUNNING at once) and polls it, as the SPA does, until it is over. */
  async function importAndWait(token: string, format: 'HSDS_JSON' | 'HSDS_CSV', files: HsdsFile[], visibility = 'SHARED'): Promise<DirectoryImport> {
    const res = await t.gql(IMPORT_DIRECTORY, { input: { format, visibility, files } }, { token });
    expect(res.errors).toBeUndefined();
    const started: DirectoryImport = res.data!.importDirectory;
    expect(started).toMatchObject({ status: 'RUNNING', rowsImported: 0, finishedAt: null });
    let done = started.rowsDone;
    for (let attempt = 0; attempt < 600; attempt++) {
      const polled: DirectoryImport = (await t.gql(DIRECTORY_IMPORT, { id: started.id }, { token })).data!.directoryImport;
      // Progress is saved batch by batch: it only grows.
      expect(polled.rowsDone).toBeGreaterThanOrEqual(done);
      done = polled.rowsDone;
      if (polled.status !== 'RUNNING') return polled;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the import did not finish');
  }

  const exported = async (token: string, format: 'HSDS_JSON' | 'HSDS_CSV') => {
    const res = await t.gql(EXPORT_DIRECTORY, { format }, { token });
    expect(res.errors).toBeUndefined();
    return res.data!.exportDirectory.files as HsdsFile[];
  };
  const ids = async (table: string, agencyId: string) =>
    (await t.db.query(`SELECT id::text FROM ${table} WHERE agency_id = $1 ORDER BY id`, [agencyId])).map((row: { id: string }) => row.id);
  const where = ({ file, row, field }: Problem) => ({ file, row, field });

  it('imports the good rows of a faulty CSV package, reports each bad row by file, line and field, and audits the import', async () => {
    const report = await importAndWait(admin.token, 'HSDS_CSV', hsdsFixture('faulty-csv'));
    expect(report).toMatchObject({ status: 'DONE', rowsTotal: 13, rowsDone: 13, rowsImported: 6, rowsRejected: 7 });
    expect(report.finishedAt).not.toBeNull();
    expect(report.problems.map(where)).toEqual([
      { file: 'phones.csv', row: 3, field: null },
      { file: 'organizations.csv', row: 3, field: 'name' },
      { file: 'locations.csv', row: 3, field: 'latitude' },
      { file: 'services.csv', row: 3, field: 'id' },
      { file: 'services.csv', row: 4, field: 'organization_id' },
      { file: 'services.csv', row: 5, field: 'minimum_age' },
      { file: 'schedules.csv', row: 3, field: 'opens_at' },
      { file: 'schedules.csv', row: 3, field: 'closes_at' },
    ]);
    const [unreadable, ...messages] = report.problems.map((problem) => problem.message);
    expect(unreadable).toBe('unreadable CSV: Invalid Record Length: columns length is 3, got 4 on line 3');
    expect(messages[0]).toBe('name is required');
    expect(messages[1]).toBe('latitude: "95.5" is not a number from -90 to 90');
    expect(messages[2]).toBe('id: "not-a-uuid" is not a UUID');
    expect(messages[3]).toMatch(/^organization_id: no organization dfffffff-0000-4000-8000-000000000000 in the file or in your agency's directory$/);
    expect(messages[4]).toBe('minimum_age 18 is greater than maximum_age 12');
    expect(messages[5]).toBe('opens_at: "25:00" is not a time of day (HH:MM, 00:00 to 23:59)');

    expect(await ids('organization', agency.id)).toEqual(['d1000000-0000-4000-8000-000000000001']);
    expect(await ids('location', agency.id)).toEqual(['d3000000-0000-4000-8000-000000000001']);
    expect(await ids('service', agency.id)).toEqual(['d2000000-0000-4000-8000-000000000001']);
    expect(await ids('service_at_location', agency.id)).toEqual(['d4000000-0000-4000-8000-000000000001']);
    // One HSDS schedule for Monday and Thursday is one opening per weekday.
    const openings = await t.db.query(`SELECT byday, to_char(opens_at, 'HH24:MI') AS opens FROM schedule WHERE agency_id = $1 ORDER BY byday`, [agency.id]);
    expect(openings).toEqual([
      { byday: 'MO', opens: '08:00' },
      { byday: 'TH', opens: '08:00' },
    ]);

    const audits = await t.db.query(`SELECT action, actor_id, changes FROM audit_event WHERE entity_id = $1 ORDER BY id`, [report.id]);
    expect(audits).toHaveLength(2);
    expect(audits[0]).toMatchObject({ action: 'IMPORT', actor_id: agency.admin.id });
    expect(audits[0].changes).toMatchObject({ format: { to: 'HSDS_CSV' }, rowsTotal: { to: 13 } });
    expect(audits[0].changes.files.to).toContain('services.csv');
    expect(audits[1].changes).toMatchObject({ status: { to: 'DONE' }, rowsImported: { to: 6 }, rowsRejected: { to: 7 } });
    await forgetDirectory(t, agency.id);
  });

  it('applies a service of the HSDS JSON whole or not at all: a bad nested field keeps its organization and phones out too', async () => {
    const report = await importAndWait(admin.token, 'HSDS_JSON', hsdsFixture('faulty.hsds.json'));
    expect(report).toMatchObject({ status: 'DONE', rowsTotal: 2, rowsImported: 1, rowsRejected: 1 });
    expect(report.problems).toEqual([
      { file: 'faulty.hsds.json', row: 2, field: 'service_at_locations[0].location.longitude', message: 'longitude: -200 is not a number from -180 to 180' },
    ]);
    expect(await ids('organization', agency.id)).toEqual(['e1000000-0000-4000-8000-000000000001']);
    expect(await ids('phone', agency.id)).toEqual([]);
    expect(await ids('schedule', agency.id)).toHaveLength(5);
    await forgetDirectory(t, agency.id);
  });

  it('reads the tabular JSON form batch by batch to the last row, and keeps the first problems of a long report', async () => {
    const good = Array.from({ length: 95 }, (_, i) => ({ id: `f1000000-0000-4000-8000-${String(i).padStart(12, '0')}`, name: `Batch organization ${i}` }));
    const nameless = Array.from({ length: DIRECTORY_IMPORT_PROBLEMS_KEPT + 5 }, (_, i) => ({ id: `f1000000-0000-4000-8000-${String(1000 + i).padStart(12, '0')}` }));
    const content = JSON.stringify({ organizations: [...good, ...nameless] });
    const report = await importAndWait(admin.token, 'HSDS_JSON', [{ name: 'tables.json', content }]);
    expect(report).toMatchObject({ status: 'DONE', rowsTotal: 1100, rowsDone: 1100, rowsImported: 95, rowsRejected: DIRECTORY_IMPORT_PROBLEMS_KEPT + 5 });
    expect(report.problems).toHaveLength(DIRECTORY_IMPORT_PROBLEMS_KEPT + 1);
    expect(report.problems[0]).toEqual({ file: 'tables.json', row: 96, field: 'organizations[95].name', message: 'name is required' });
    expect(report.problems.at(-1)).toEqual({ file: '', row: null, field: null, message: '5 more problems are not listed' });
    expect(await ids('organization', agency.id)).toHaveLength(95);
    await forgetDirectory(t, agency.id);
  });

  it('imports the valid samples whole, and importing them again changes nothing', async () => {
    const json = await importAndWait(admin.token, 'HSDS_JSON', hsdsFixture('valid.hsds.json'));
    expect(json).toMatchObject({ status: 'DONE', rowsImported: 2, rowsRejected: 0, problems: [] });
    const csv = await importAndWait(admin.token, 'HSDS_CSV', hsdsFixture('valid-csv'));
    expect(csv).toMatchObject({ status: 'DONE', rowsImported: csv.rowsTotal, rowsRejected: 0, problems: [] });

    const snapshot = async () =>
      Object.fromEntries(
        await Promise.all(
          ['organization', 'service', 'location'].map(async (table) => [
            table,
            await t.db.query(`SELECT id::text, version, updated_at FROM ${table} WHERE agency_id = $1 ORDER BY id`, [agency.id]),
          ]),
        ),
      );
    const counts = async () =>
      (await t.db.query(
        `SELECT (SELECT count(*) FROM schedule WHERE agency_id = $1)::int AS schedules, (SELECT count(*) FROM language WHERE agency_id = $1)::int AS languages,
                (SELECT count(*) FROM phone WHERE agency_id = $1)::int AS phones, (SELECT count(*) FROM service_taxonomy WHERE agency_id = $1)::int AS terms`,
        [agency.id],
      ))[0];
    const before = { rows: await snapshot(), counts: await counts() };
    expect(before.counts).toEqual({ schedules: 10, languages: 6, phones: 3, terms: 5 });

    expect(await importAndWait(admin.token, 'HSDS_JSON', hsdsFixture('valid.hsds.json'))).toMatchObject({ rowsImported: 2, problems: [] });
    expect(await importAndWait(admin.token, 'HSDS_CSV', hsdsFixture('valid-csv'))).toMatchObject({ rowsRejected: 0 });
    expect({ rows: await snapshot(), counts: await counts() }).toEqual(before);

    // A service of the HSDS JSON is the whole service: what an edited feed leaves out goes.
    const [pantry, ...rest] = JSON.parse(hsdsFixture('valid.hsds.json')[0].content);
    const edited = { ...pantry, languages: pantry.languages.slice(0, 1), schedules: [{ ...pantry.schedules[0], byday: 'TU' }], attributes: pantry.attributes.slice(0, 1), phones: [] };
    expect(await importAndWait(admin.token, 'HSDS_JSON', [{ name: 'edited.json', content: JSON.stringify([edited, ...rest]) }])).toMatchObject({ rowsImported: 2 });
    const held = async (sql: string) => (await t.db.query(sql, ['a2000000-0000-4000-8000-000000000001'])).map((row: { v: string }) => row.v);
    expect(await held(`SELECT code AS v FROM language WHERE service_id = $1`)).toEqual(['en']);
    expect(await held(`SELECT byday AS v FROM schedule WHERE service_id = $1`)).toEqual(['TU']);
    expect(await held(`SELECT id::text AS v FROM phone WHERE service_id = $1`)).toEqual([]);
    expect(await held(`SELECT t.code AS v FROM service_taxonomy s JOIN taxonomy_term t ON t.id = s.taxonomy_term_id WHERE s.service_id = $1`)).toEqual(['food-pantry']);
    await importAndWait(admin.token, 'HSDS_JSON', hsdsFixture('valid.hsds.json'));
    expect(await counts()).toEqual(before.counts);

    // A known term is matched by its code; an unknown one joins the taxonomy its file names.
    const terms = await t.db.query(
      `SELECT term.code, term.path, taxonomy.name AS taxonomy FROM service_taxonomy link JOIN taxonomy_term term ON term.id = link.taxonomy_term_id
       JOIN taxonomy ON taxonomy.id = term.taxonomy_id WHERE link.service_id = 'a2000000-0000-4000-8000-000000000001' ORDER BY term.code`,
    );
    expect(terms).toEqual([
      { code: 'food-pantry', path: ['basic-needs', 'food', 'food-pantry'], taxonomy: 'waymark' },
      { code: 'hsds-fixture-diaper-bank', path: ['hsds-fixture-diaper-bank'], taxonomy: 'hsds-fixture-taxonomy' },
    ]);
    const imports = (await t.gql(DIRECTORY_IMPORTS, { first: 2 }, { token: admin.token })).data!.directoryImports;
    expect(imports.map((row: { fileName: string }) => row.fileName)).toEqual(['valid.hsds.json', 'edited.json']);
  });

  it("adds an unknown term to the importing agency's own tree, leaving every other agency's tree as it was, and audits what it added", async () => {
    const TAXONOMY_TERMS = `{ taxonomyTerms { code parentCode path } }`;
    const treeOf = async (token: string) => (await t.gql(TAXONOMY_TERMS, {}, { token })).data!.taxonomyTerms as { code: string }[];
    const other = await newAgency(t);
    const { otherAdmin } = await staff(t, { otherAdmin: other.admin });
    const theirs = await treeOf(otherAdmin.token);
    expect(theirs.map((term) => term.code)).toContain('food-pantry');
    expect(theirs.map((term) => term.code)).not.toContain('hsds-fixture-diaper-bank');

    // The pantry is tagged with a term no tree has, under a known parent (matched by its code).
    const [pantry, ...rest] = JSON.parse(hsdsFixture('valid.hsds.json')[0].content);
    const babyFood = { id: 'b4000000-0000-4000-8000-0000000000f1', code: 'hsds-fixture-baby-formula', name: 'Baby formula', parent_id: 'b4000000-0000-4000-8000-000000000001' };
    const tagged = { ...pantry, attributes: [...pantry.attributes, { id: 'b3000000-0000-4000-8000-0000000000f1', link_entity: 'service', taxonomy_term: babyFood }] };
    const report = await importAndWait(admin.token, 'HSDS_JSON', [{ name: 'formula.json', content: JSON.stringify([tagged, ...rest]) }]);
    expect(report).toMatchObject({ status: 'DONE', rowsImported: 2, problems: [] });

    expect(await treeOf(otherAdmin.token)).toEqual(theirs);
    expect(await treeOf(admin.token)).toContainEqual({ code: 'hsds-fixture-baby-formula', parentCode: 'food-pantry', path: ['basic-needs', 'food', 'food-pantry', 'hsds-fixture-baby-formula'] });
    // The other agency cannot filter by it; the importer finds the pantry by it, and by its global parent.
    const byCode = (token: string, code: string) => t.gql(`query ($input: DirectorySearchInput!) { directorySearch(input: $input) { totalCount } }`, { input: { taxonomyCodes: [code] } }, { token });
    expect(codeOf(await byCode(otherAdmin.token, 'hsds-fixture-baby-formula'))).toBe('BAD_USER_INPUT');
    const found = await byCode(admin.token, 'hsds-fixture-baby-formula');
    expect(found.errors).toBeUndefined();
    expect(found.data!.directorySearch.totalCount).toBe(1);
    const end = await t.db.query(`SELECT changes FROM audit_event WHERE entity_id = $1 AND changes ? 'status'`, [report.id]);
    expect(end[0].changes).toMatchObject({ termsAdded: { to: 1 }, unitsAdded: { to: 0 } });
    // The term is the agency's; the global starter tree gained nothing.
    const kept = await t.db.query(`SELECT agency_id FROM taxonomy_term WHERE code = 'hsds-fixture-baby-formula'`);
    expect(kept).toEqual([{ agency_id: agency.id }]);

    await importAndWait(admin.token, 'HSDS_JSON', hsdsFixture('valid.hsds.json'));
  });

  it('reports a row the database refuses by its field and a plain reason, never a constraint name', async () => {
    const [pantry, ...rest] = JSON.parse(hsdsFixture('valid.hsds.json')[0].content);
    // A second service_at_location for the same service and location, under another id.
    const twice = { ...pantry, service_at_locations: [...pantry.service_at_locations, { ...pantry.service_at_locations[0], id: 'a4000000-0000-4000-8000-0000000000f1' }] };
    const report = await importAndWait(admin.token, 'HSDS_JSON', [{ name: 'twice.json', content: JSON.stringify([twice, ...rest]) }]);
    expect(report).toMatchObject({ rowsImported: 1, rowsRejected: 1 });
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0].field).toMatch(/location_id$/);
    expect(report.problems[0].message).toBe('service_at_location a4000000-0000-4000-8000-0000000000f1: the service is already at this location under another service_at_location id');
    expect(await ids('service_at_location', agency.id)).not.toContain('a4000000-0000-4000-8000-0000000000f1');
  });

  it('refuses a website or url that is not http(s) as a row problem, so an imported javascript: address never becomes a link', async () => {
    const [pantry, ...rest] = JSON.parse(hsdsFixture('valid.hsds.json')[0].content);
    const scripted = { ...pantry, url: 'javascript:alert(document.cookie)' };
    const report = await importAndWait(admin.token, 'HSDS_JSON', [{ name: 'scripted.json', content: JSON.stringify([scripted, ...rest]) }]);
    expect(report).toMatchObject({ rowsImported: 1, rowsRejected: 1 });
    expect(report.problems).toEqual([{ file: 'scripted.json', row: 1, field: 'url', message: 'url must be an http or https web address' }]);
    expect(await t.db.query(`SELECT url FROM service WHERE id = $1`, [pantry.id])).toEqual([{ url: pantry.url }]);
  });

  it('exports what it imported so that another agency importing the export exports the same again, in both forms', async () => {
    const firstJson = await exported(admin.token, 'HSDS_JSON');
    const firstCsv = await exported(admin.token, 'HSDS_CSV');
    expect(firstJson.map((file) => file.name)).toEqual(['directory.hsds.json']);
    expect(firstCsv[0].name).toBe('datapackage.json');
    expect(firstCsv.map((file) => file.name)).toContain('services.csv');
    const services = JSON.parse(firstJson[0].content);
    expect(services).toHaveLength(4);
    const pantry = services.find((service: { id: string }) => service.id === 'a2000000-0000-4000-8000-000000000001');
    expect(pantry).toMatchObject({ status: 'active', organization: { name: 'Harbor Light Community Services' }, service_at_locations: [{ location: { latitude: 33.9533 } }] });
    // Waymark's one row per weekday goes out as the HSDS schedule it came in as.
    expect(pantry.schedules).toEqual([expect.objectContaining({ id: 'a7000000-0000-4000-8000-000000000001', byday: 'MO,WE', opens_at: '09:00', closes_at: '12:30' })]);
    const exports = await t.db.query(`SELECT changes FROM audit_event WHERE agency_id = $1 AND action = 'EXPORT' AND entity_type = 'DirectoryExport' ORDER BY id`, [agency.id]);
    expect(exports).toHaveLength(2);
    expect(exports[1].changes).toMatchObject({ format: { to: 'HSDS_CSV' }, rows: { to: { service: 4 } } });

    // HSDS ids belong to one agency: the first lets go of its entries before another imports them.
    await forgetDirectory(t, agency.id);
    const second = await newAgency(t);
    const { secondAdmin } = await staff(t, { secondAdmin: second.admin });
    expect(await importAndWait(secondAdmin.token, 'HSDS_CSV', firstCsv)).toMatchObject({ status: 'DONE', rowsRejected: 0 });
    expect(await exported(secondAdmin.token, 'HSDS_CSV')).toEqual(firstCsv);
    expect(await exported(secondAdmin.token, 'HSDS_JSON')).toEqual(firstJson);

    await forgetDirectory(t, second.id);
    const third = await newAgency(t);
    const { thirdAdmin } = await staff(t, { thirdAdmin: third.admin });
    expect(await importAndWait(thirdAdmin.token, 'HSDS_JSON', firstJson)).toMatchObject({ status: 'DONE', rowsRejected: 0 });
    expect(await exported(thirdAdmin.token, 'HSDS_JSON')).toEqual(firstJson);

    // Ids another agency keeps are refused row by row; nothing of the second agency's is written.
    const rows = await importAndWait(secondAdmin.token, 'HSDS_JSON', firstJson);
    expect(rows).toMatchObject({ rowsImported: 0, rowsRejected: 4 });
    expect(rows.problems[0]).toMatchObject({ row: 1, field: 'organization.id', message: expect.stringMatching(/is kept by another agency$/) });
    expect(await ids('service', second.id)).toEqual([]);
    await forgetDirectory(t, third.id);
  });

  it('refuses files that are not HSDS at all, writing nothing', async () => {
    const before = (await t.db.query(`SELECT count(*)::int AS n FROM directory_import WHERE agency_id = $1`, [agency.id]))[0].n;
    const res = await t.gql(IMPORT_DIRECTORY, { input: { format: 'HSDS_JSON', files: [{ name: 'x.json', content: 'not json' }] } }, { token: admin.token });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    const csv = await t.gql(IMPORT_DIRECTORY, { input: { format: 'HSDS_CSV', files: [{ name: 'notes.csv', content: 'a,b\n1,2\n' }] } }, { token: admin.token });
    expect(codeOf(csv)).toBe('BAD_USER_INPUT');
    // Past the limit the API reads over HTTP, all files together: the CLI imports such a directory.
    const half = 'x'.repeat(DIRECTORY_IMPORT_TEXT_MAX / 2 + 1);
    const large = await t.gql(
      IMPORT_DIRECTORY,
      { input: { format: 'HSDS_CSV', files: [{ name: 'services.csv', content: half }, { name: 'organizations.csv', content: half }] } },
      { token: admin.token },
    );
    expect(codeOf(large)).toBe('BAD_USER_INPUT');
    expect(large.errors?.[0].message).toContain('npm run directory:import');
    expect((await t.db.query(`SELECT count(*)::int AS n FROM directory_import WHERE agency_id = $1`, [agency.id]))[0].n).toBe(before);
  });

  it("keeps each agency's imports to itself", async () => {
    const [latest] = (await t.gql(DIRECTORY_IMPORTS, { first: 1 }, { token: admin.token })).data!.directoryImports;
    const other = await newAgency(t);
    const { otherAdmin } = await staff(t, { otherAdmin: other.admin });
    expect((await t.gql(DIRECTORY_IMPORT, { id: latest.id }, { token: otherAdmin.token })).data).toEqual({ directoryImport: null });
    expect((await t.gql(DIRECTORY_IMPORTS, {}, { token: otherAdmin.token })).data).toEqual({ directoryImports: [] });
    expect(JSON.parse((await exported(otherAdmin.token, 'HSDS_JSON'))[0].content)).toEqual([]);
  });

  it('fails the imports a stopped process left RUNNING, in every agency, and leaves live and finished ones alone', async () => {
    const other = await newAgency(t);
    const { otherAdmin } = await staff(t, { otherAdmin: other.admin });
    // As a restart leaves them: RUNNING with a heartbeat older than the limit, next to a live one and a finished one.
    const stale = `now() - make_interval(mins => ${DIRECTORY_IMPORT_STALE_MINUTES + 1})`;
    const seed = async (agencyId: string, status: string, progressedAt: string) => {
      const [row] = await t.db.query(
        `INSERT INTO directory_import (agency_id, format, file_name, status, rows_total, rows_done, progressed_at, finished_at)
         VALUES ($1, 'HSDS_JSON', 'seeded.json', $2, 300, 100, ${progressedAt}, CASE WHEN $2 = 'RUNNING' THEN NULL ELSE now() END) RETURNING id::text`,
        [agencyId, status],
      );
      return row.id as string;
    };
    const ours = { dead: await seed(agency.id, 'RUNNING', stale), live: await seed(agency.id, 'RUNNING', 'now()') };
    const theirs = {
      dead: await seed(other.id, 'RUNNING', stale),
      live: await seed(other.id, 'RUNNING', `now() - make_interval(mins => ${DIRECTORY_IMPORT_STALE_MINUTES - 1})`),
      done: await seed(other.id, 'DONE', stale),
    };
    const read = async (token: string, id: string): Promise<DirectoryImport> => (await t.gql(DIRECTORY_IMPORT, { id }, { token })).data!.directoryImport;
    const doneBefore = await read(otherAdmin.token, theirs.done);

    await t.app.get(DirectoryImportSweep).run();

    const stopped = { status: 'FAILED', rowsDone: 100, problems: [{ file: '', row: null, field: null, message: DIRECTORY_IMPORT_STOPPED_PROBLEM }] };
    for (const [token, id] of [
      [admin.token, ours.dead],
      [otherAdmin.token, theirs.dead],
    ]) {
      const report = await read(token, id);
      expect(report).toMatchObject(stopped);
      expect(report.finishedAt).not.toBeNull();
    }
    for (const [token, id] of [
      [admin.token, ours.live],
      [otherAdmin.token, theirs.live],
    ]) {
      expect(await read(token, id)).toMatchObject({ status: 'RUNNING', problems: [], finishedAt: null });
    }
    expect(await read(otherAdmin.token, theirs.done)).toEqual(doneBefore);
    // Another round finds nothing more to fail and adds no second problem line.
    await t.app.get(DirectoryImportSweep).run();
    expect((await read(admin.token, ours.dead)).problems).toHaveLength(1);
    await t.db.query(`DELETE FROM directory_import WHERE id = ANY($1)`, [[...Object.values(ours), ...Object.values(theirs)]]);
  });

  it('beats the heartbeat of an import with each batch', async () => {
    const report = await importAndWait(admin.token, 'HSDS_JSON', hsdsFixture('valid.hsds.json'));
    const [row] = await t.db.query(`SELECT progressed_at > started_at AS moved FROM directory_import WHERE id = $1`, [report.id]);
    expect(row.moved).toBe(true);
  });

  it('is for admins only', async () => {
    const files = hsdsFixture('valid.hsds.json');
    for (const res of [
      await t.gql(IMPORT_DIRECTORY, { input: { format: 'HSDS_JSON', files } }, { token: caseManager.token }),
      await t.gql(EXPORT_DIRECTORY, { format: 'HSDS_CSV' }, { token: caseManager.token }),
      await t.gql(DIRECTORY_IMPORTS, {}, { token: caseManager.token }),
      await t.gql(DIRECTORY_IMPORT, { id: '00000000-0000-0000-0000-000000000000' }, { token: caseManager.token }),
    ]) {
      expect(codeOf(res)).toBe('FORBIDDEN');
    }
  });
});
