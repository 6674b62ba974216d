import { Transform } from 'class-transformer';

/** Trims typed text, so '  Ana ' is stored as 'Ana' and '   ' fails a not-empty check. */
export const Trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** Trims optional text; blank becomes null, so leaving a field blank clears it. */
export const TrimToNull = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() || null : value));
