import { createHash } from 'node:crypto';
import { BadInputError } from '@waymark/api/common';
import { ErrorReason, IDEMPOTENCY_KEY_MAX_LENGTH } from '@waymark/shared/types';
import { type GraphQLResolveInfo, print } from 'graphql';
// graphql-js's own field collection, as execution does it: fragments spread, inline fragments and @skip/@include applied.
import { collectFields } from 'graphql/execution/collectFields';

/** Printable ASCII, space included: what an HTTP header carries safely. */
const PRINTABLE = /^[\x20-\x7e]+$/;

/** The header's value, or a BAD_USER_INPUT naming what is wrong with it. */
export function idempotencyKey(header: string | string[]): string {
  const key = Array.isArray(header) ? undefined : header.trim();
  if (!key || key.length > IDEMPOTENCY_KEY_MAX_LENGTH || !PRINTABLE.test(key)) {
    throw new BadInputError(
      `The Idempotency-Key header must be one value of 1 to ${IDEMPOTENCY_KEY_MAX_LENGTH} printable ASCII characters.`,
      [{ field: 'Idempotency-Key', message: `1 to ${IDEMPOTENCY_KEY_MAX_LENGTH} printable ASCII characters` }],
      ErrorReason.IDEMPOTENCY_KEY_INVALID,
    );
  }
  return key;
}

/**
 * The root fields the operation runs, other than `__typename`, counted the way execution
 * collects them (so a fragment cannot hide a second field): a keyed request may hold exactly one.
 */
export function rootFieldCount(info: GraphQLResolveInfo): number {
  const fields = collectFields(info.schema, info.fragments, info.variableValues, info.parentType, info.operation.selectionSet);
  return [...fields.values()].filter(([field]) => field.name.value !== '__typename').length;
}

/**
 * What "the same body" means for a key: the operation as parsed (so whitespace, comments and
 * whether the SPA sent a persisted-query hash or the text do not matter), the fragments it
 * uses and its variables as coerced, which graphql-js lays out in the order of the schema, so
 * the order of keys in the JSON the caller sent does not matter either.
 */
export function requestFingerprint(info: GraphQLResolveInfo): string {
  const fragments = Object.keys(info.fragments)
    .sort()
    .map((name) => print(info.fragments[name]));
  return createHash('sha256')
    .update(JSON.stringify([print(info.operation), fragments, info.variableValues]))
    .digest('hex');
}
