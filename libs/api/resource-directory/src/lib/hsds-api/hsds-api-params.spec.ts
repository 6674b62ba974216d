import { BadInputError } from '@waymark/api/common';
import { HSDS_PARAMS, readHsdsQuery } from './hsds-api-params';

const problems = (raw: Record<string, unknown>, allowed: readonly string[] = HSDS_PARAMS.services) => {
  try {
    readHsdsQuery(raw, allowed);
    return [];
  } catch (error) {
    if (!(error instanceof BadInputError)) throw error;
    return (error.extensions.fields as { field: string }[]).map((problem) => problem.field);
  }
};

describe('HSDS API query parameters', () => {
  it('reads the defaults and the parameters an endpoint takes', () => {
    expect(readHsdsQuery({}, HSDS_PARAMS.services)).toMatchObject({ page: 1, perPage: 50, full: false });
    expect(
      readHsdsQuery({ page: '2', per_page: '200', full: 'true', search: '  food ', organization_id: 'A1000000-0000-4000-8000-000000000001', modified_after: '2026-01-31' }, HSDS_PARAMS.services),
    ).toMatchObject({ page: 2, perPage: 200, full: true, search: 'food', organizationId: 'a1000000-0000-4000-8000-000000000001', modifiedAfter: '2026-01-31T00:00:00.000Z' });
    expect(readHsdsQuery({ minimal: 'false', format: 'json' }, HSDS_PARAMS.services).page).toBe(1);
  });

  it('names every bad parameter once', () => {
    expect(problems({ page: '0', per_page: '201', full: 'yes', sort: 'name', taxonomy_id: 'food', modified_after: '31/01/2026' }).sort()).toEqual(
      ['full', 'modified_after', 'page', 'per_page', 'sort', 'taxonomy_id'],
    );
    expect(problems({ page: ['1', '2'] })).toEqual(['page']);
    expect(problems({ postcode: '92501', proximity: '1000' }, HSDS_PARAMS.serviceAtLocations)).toEqual(['postcode', 'proximity']);
    expect(problems({ format: 'ndjson', minimal: 'true' })).toEqual(['format', 'minimal']);
    expect(problems({ full: 'true' }, HSDS_PARAMS.none)).toEqual(['full']);
  });
});
