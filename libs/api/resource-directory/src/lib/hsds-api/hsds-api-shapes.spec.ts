import { hsdsPage, servedRow, withoutNulls } from './hsds-api-shapes';

const query = { page: 1, perPage: 5, full: false, fullService: false, topOnly: false };

describe('HSDS API values', () => {
  it('brings loosely kept values to the types the HSDS schema names', () => {
    expect(servedRow('organization', { id: 'o', website: 'harborlight.example.org', email: 'info at harbor light', description: null })).toEqual({
      id: 'o',
      website: 'https://harborlight.example.org',
      email: null,
      description: '',
    });
    expect(servedRow('service', { url: 'http://example.org/a b', email: 'pantry@example.org' })).toEqual({ url: null, email: 'pantry@example.org' });
    expect(servedRow('phone', { extension: '12' }).extension).toBe(12);
    expect(servedRow('phone', { extension: 'ask for Ana' }).extension).toBeNull();
    expect(servedRow('location', { url: 'mailto:help@example.org' }).url).toBe('mailto:help@example.org');
  });

  it('leaves out null fields however deep, and keeps falsy values', () => {
    expect(withoutNulls({ a: null, b: 0, c: '', d: [{ e: null, f: false }], g: { h: undefined } })).toEqual({ b: 0, c: '', d: [{ f: false }], g: {} });
  });

  it('pages as the specification counts: the last page, and an empty one past it', () => {
    expect(hsdsPage(12, { ...query, page: 3 }, [1, 2])).toMatchObject({ total_pages: 3, size: 2, first_page: false, last_page: true, empty: false });
    expect(hsdsPage(0, query, [])).toMatchObject({ total_items: 0, total_pages: 0, first_page: true, last_page: true, empty: true });
  });
});
