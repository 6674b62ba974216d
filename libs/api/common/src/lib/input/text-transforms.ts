import { Transform } from 'class-transformer';

const trim = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

/** Trims typed text (each item of a list too), so '  Ana ' is stored as 'Ana' and '   ' fails a not-empty check. */
export const Trim = () => Transform(({ value }) => (Array.isArray(value) ? value.map(trim) : trim(value)));

/** Trims optional text; blank becomes null, so leaving a field blank clears it. */
export const TrimToNull = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() || null : value));
