/** Checks for values that arrive from outside (cursors, token claims) before they reach SQL. */
export const isString = (value: unknown): value is string => typeof value === 'string';

export const isUuid = (value: unknown): value is string =>
  typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/** A bigint id as text. */
export const isDigits = (value: unknown): value is string => typeof value === 'string' && /^\d{1,18}$/.test(value);
