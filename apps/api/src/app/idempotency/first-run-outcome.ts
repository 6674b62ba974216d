import type { FormattedExecutionResult } from 'graphql';

/**
 * Did the keyed root field itself fail, so that its create did not happen? Only then may the key
 * be freed for a retry. An error elsewhere (a nested field that threw after the create
 * committed, even one whose null reached the root) leaves the record in place: the answer must
 * be kept and replayed, or the retry would create it a second time. A root field's resolver runs
 * its writes in one transaction, so an error at its own path means they rolled back.
 */
export function rootFieldFailed(result: Pick<FormattedExecutionResult, 'data' | 'errors'>, responseKey: string): boolean {
  const value = result.data?.[responseKey];
  return (value === null || value === undefined) && (result.errors ?? []).some((error) => error.path?.length === 1 && error.path[0] === responseKey);
}
