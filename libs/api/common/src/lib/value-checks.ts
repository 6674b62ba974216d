/** Checks for values that arrive from outside (cursors, token claims) before they reach SQL. */
export const isString = (value: unknown): value is string => typeof value === 'string';

export const isUuid = (value: unknown): value is string =>
  typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/** A bigint id as text. */
export const isDigits = (value: unknown): value is string => typeof value === 'string' && /^\d{1,18}$/.test(value);

/** An instant as a cursor keeps it: ISO text to the microsecond, as PostgreSQL stores it (a JS Date keeps milliseconds). */
export const isInstant = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(value) && !Number.isNaN(Date.parse(value));

/** SQL for the instant in `column` as such text. */
export const instantText = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
