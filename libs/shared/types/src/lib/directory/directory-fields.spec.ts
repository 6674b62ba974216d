import { isWebAddress } from '.';

describe('directory web addresses', () => {
  it('takes http and https addresses only', () => {
    expect(['https://example.org/a?b=1', 'http://example.org'].map(isWebAddress)).toEqual([true, true]);
    expect(['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'ftp://example.org', 'example.org', ''].map(isWebAddress)).toEqual(
      [false, false, false, false, false, false, false],
    );
  });
});
