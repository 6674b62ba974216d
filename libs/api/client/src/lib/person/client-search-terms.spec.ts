import { parseSearch } from './client-search-terms';

describe('reading a search text', () => {
  it.each([
    ['Garcia Maria', { name: 'garcia maria' }],
    ['Pérez', { name: 'pérez' }],
    ['C-000042', { clientNumber: 'C-000042' }],
    ['c42', { clientNumber: 'C-000042' }],
    ['42', { clientNumber: 'C-000042' }],
    ['(555) 123-4567', { phoneDigits: '5551234567' }],
    ['+1 555 123 4567', { phoneDigits: '5551234567' }],
    ['1984-02-29', { dateOfBirth: '1984-02-29' }],
    ['2/9/1984', { dateOfBirth: '1984-02-09' }],
    ['4/24/88', { dateOfBirth: '1988-04-24' }],
    ['1/2/03', { dateOfBirth: '2003-01-02' }],
    [`1/2/${String(new Date().getUTCFullYear() + 1).slice(2)}`, { dateOfBirth: `${new Date().getUTCFullYear() + 1 - 100}-01-02` }],
    ['1983-02-29', {}],
  ])('%p', (text, terms) => {
    expect(parseSearch(text)).toEqual(terms);
  });
});
