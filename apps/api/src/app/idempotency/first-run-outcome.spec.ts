import { rootFieldFailed } from './first-run-outcome';

const error = (...path: (string | number)[]) => ({ message: 'failed', path });

describe('whether a keyed first run failed (and frees its key)', () => {
  it('is so when the root field is null with an error at its own path', () => {
    expect(rootFieldFailed({ data: null, errors: [error('createClient')] }, 'createClient')).toBe(true);
    expect(rootFieldFailed({ data: { intake: null }, errors: [error('intake')] }, 'intake')).toBe(true);
  });

  it('is not so when a nested field failed after the create, even if its null reached the root', () => {
    expect(rootFieldFailed({ data: null, errors: [error('createClient', 'nextTask', 'client')] }, 'createClient')).toBe(false);
    expect(rootFieldFailed({ data: { createClient: { id: 'x', nextTask: null } }, errors: [error('createClient', 'nextTask')] }, 'createClient')).toBe(false);
  });

  it('is not so for a success, or for an error of another field or of no field', () => {
    expect(rootFieldFailed({ data: { createClient: { id: 'x' } } }, 'createClient')).toBe(false);
    expect(rootFieldFailed({ data: { createClient: { id: 'x' } }, errors: [{ message: 'audit' }] }, 'createClient')).toBe(false);
    expect(rootFieldFailed({ data: null, errors: [error('b')] }, 'a')).toBe(false);
  });
});
