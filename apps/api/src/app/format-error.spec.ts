import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { ConflictError } from '@waymark/api/common';
import { formatError } from './format-error';

describe('formatError', () => {
  // The masked error is logged on purpose; keep it out of the test output.
  beforeAll(() => Logger.overrideLogger(false));
  afterAll(() => Logger.overrideLogger(['log', 'error', 'warn']));

  it('masks an unexpected error: no message, stack or SQL reaches the caller', () => {
    const sqlError = new Error('duplicate key value violates unique constraint "app_user_email_key" SELECT * FROM app_user');
    const wrapped = new GraphQLError(sqlError.message, { path: ['createUser'], originalError: sqlError });
    const formatted = formatError({ message: wrapped.message, path: ['createUser'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, wrapped);
    expect(formatted).toEqual({
      message: expect.not.stringContaining('app_user'),
      path: ['createUser'],
      extensions: { code: 'INTERNAL' },
    });
  });

  it('passes a domain error through with its code and extensions', () => {
    const wrapped = new GraphQLError('x', { path: ['changeUserRole'], originalError: new ConflictError() });
    expect(formatError({ message: 'x', path: ['changeUserRole'] }, wrapped)).toEqual({
      message: 'Someone else changed this record. Reload it and try again.',
      path: ['changeUserRole'],
      extensions: { code: 'CONFLICT' },
    });
  });
});
