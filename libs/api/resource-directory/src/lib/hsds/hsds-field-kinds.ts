import { WEEKDAYS } from '@waymark/shared/types';

/** A field's value read from a file: what to store, or why it cannot be. */
export type Parsed = { value: unknown } | { error: string };

/**
 * How one HSDS field is read from a file (JSON values or CSV text) into the value stored, and
 * how the stored value is selected and written back out. Import and export share these, so
 * what we export reads back as the same rows.
 */
export interface FieldKind {
  parse(raw: unknown): Parsed;
  /** The SELECT expression for the column when exporting (default: the column itself). */
  select?(column: string): string;
  /** Its Table Schema type in datapackage.json (default: string). */
  type?: 'integer' | 'number' | 'date' | 'time' | 'datetime';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** HH:MM or HH:MM:SS, with the UTC offset or Z that HSDS allows (kept out: times are the location's local time). */
const TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/;

/** What a file says of a field: null when absent, null or blank. */
export function blankToNull(raw: unknown): unknown {
  if (raw === undefined || raw === null) return null;
  if (typeof raw === 'string' && raw.trim() === '') return null;
  return raw;
}

/** The value as the file gave it, short: text in quotes, numbers and the rest as JSON. */
const shown = (raw: unknown) => {
  const text = typeof raw === 'string' ? raw : JSON.stringify(raw);
  const short = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return typeof raw === 'string' ? `"${short}"` : short;
};

export const uuid: FieldKind = {
  parse: (raw) => (typeof raw === 'string' && UUID.test(raw.trim()) ? { value: raw.trim().toLowerCase() } : { error: `${shown(raw)} is not a UUID` }),
  select: (column) => `${column}::text`,
};

export const text = (max: number): FieldKind => ({
  parse(raw) {
    if (typeof raw !== 'string' && typeof raw !== 'number') return { error: `${shown(raw)} is not text` };
    const value = String(raw).trim();
    return value.length > max ? { error: `is longer than ${max} characters` } : { value };
  },
});

export const integer = (min: number, max: number): FieldKind => ({
  parse(raw) {
    const value = typeof raw === 'string' && /^-?\d+$/.test(raw.trim()) ? Number(raw) : raw;
    return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
      ? { value }
      : { error: `${shown(raw)} is not a whole number from ${min} to ${max}` };
  },
  type: 'integer',
});

export const decimal = (min: number, max: number): FieldKind => ({
  parse(raw) {
    const value = typeof raw === 'string' && /^-?\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : raw;
    return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max
      ? { value }
      : { error: `${shown(raw)} is not a number from ${min} to ${max}` };
  },
  select: (column) => `${column}::float8`,
  type: 'number',
});

/** One of a list, spelt as HSDS spells it (any case) and stored as Waymark stores it. */
export const oneOf = (spellings: Record<string, string>): FieldKind => {
  const stored = new Map(Object.entries(spellings).map(([value, spelling]) => [spelling.toLowerCase(), value]));
  const cases = Object.entries(spellings).map(([value, spelling]) => `WHEN '${value}' THEN '${spelling}'`);
  return {
    parse(raw) {
      const value = typeof raw === 'string' ? stored.get(raw.trim().toLowerCase()) : undefined;
      return value ? { value } : { error: `${shown(raw)} is not one of: ${Object.values(spellings).join(', ')}` };
    },
    select: (column) => `CASE ${column} ${cases.join(' ')} END`,
  };
};

export const date: FieldKind = {
  parse(raw) {
    const day = typeof raw === 'string' ? raw.trim() : '';
    // A real day of the calendar: 2026-02-30 reads as March 2nd, so it must read back as itself.
    const real = DATE.test(day) && !Number.isNaN(Date.parse(day)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);
    return real ? { value: day } : { error: `${shown(raw)} is not a date (YYYY-MM-DD)` };
  },
  select: (column) => `to_char(${column}, 'YYYY-MM-DD')`,
  type: 'date',
};

export const time: FieldKind = {
  parse(raw) {
    const match = typeof raw === 'string' ? TIME.exec(raw.trim()) : null;
    return match ? { value: `${match[1]}:${match[2]}` } : { error: `${shown(raw)} is not a time of day (HH:MM, 00:00 to 23:59)` };
  },
  select: (column) => `to_char(${column}, 'HH24:MI')`,
  type: 'time',
};

export const dateTime: FieldKind = {
  parse(raw) {
    const at = typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(raw.trim()) ? new Date(raw.trim()) : null;
    return at && !Number.isNaN(at.getTime()) ? { value: at.toISOString() } : { error: `${shown(raw)} is not a date and time (ISO 8601)` };
  },
  select: (column) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
  type: 'datetime',
};

/** RRULE BYDAY: comma-separated weekdays ("MO,WE,FR"); Waymark keeps one opening per weekday. */
export const weekdays: FieldKind = {
  parse(raw) {
    const days = typeof raw === 'string' ? raw.split(',').map((day) => day.trim().toUpperCase()) : [];
    const known = days.length > 0 && days.every((day) => (WEEKDAYS as readonly string[]).includes(day));
    return known ? { value: [...new Set(days)] } : { error: `${shown(raw)} is not a list of weekdays (MO,TU,WE,TH,FR,SA,SU)` };
  },
};
