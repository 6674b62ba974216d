import type { HsdsRow } from '../hsds/hsds-read.repository';
import type { HsdsTableName } from '../hsds/hsds-tables';
import type { HsdsListQuery } from './hsds-api-params';

/** One page of an HSDS list, in the specification's Page shape. */
export interface HsdsPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

export function hsdsPage<T>(total: number, { page, perPage }: HsdsListQuery, contents: T[]): HsdsPage<T> {
  const totalPages = Math.ceil(total / perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/** Fields the schema types as a URI (RFC 3986, with a scheme). */
const URI_FIELDS = new Set(['url', 'website', 'uri']);
/** Fields the schema types as an e-mail address; an import keeps them as text, so one may not be. */
const EMAIL_FIELDS = new Set(['email', 'assurer_email']);
/** An address as the schema's `email` format reads it, near enough: something@host.tld, no spaces. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Fields the schema requires that Waymark may not keep: said empty rather than left out. */
const REQUIRED_TEXT: Partial<Record<HsdsTableName, string[]>> = {
  organization: ['description'],
  taxonomy: ['description'],
  taxonomy_term: ['description'],
};

/**
 * A stored row as the HSDS API serves it. Where Waymark keeps a field more loosely than the
 * schema types it, the value is brought to the schema's type: a web address typed without its
 * scheme gets https://, a phone extension is a number (one that is not is left out, as is an
 * e-mail address that is none), and a required description Waymark lacks is empty.
 */
export function servedRow(table: HsdsTableName, row: HsdsRow): HsdsRow {
  const served: HsdsRow = { ...row };
  for (const field of Object.keys(served)) {
    if (URI_FIELDS.has(field)) served[field] = asUri(served[field]);
    if (EMAIL_FIELDS.has(field) && !(typeof served[field] === 'string' && EMAIL.test(served[field]))) served[field] = null;
  }
  if (table === 'phone') served.extension = typeof row.extension === 'string' && /^\d{1,15}$/.test(row.extension) ? Number(row.extension) : null;
  for (const field of REQUIRED_TEXT[table] ?? []) served[field] ??= '';
  return served;
}

function asUri(value: unknown): string | null {
  if (typeof value !== 'string' || /\s/.test(value)) return null;
  if (/^[a-z][a-z\d+.-]*:/i.test(value)) return value;
  return /^[\w-]+(\.[\w-]+)+(\/.*)?$/.test(value) ? `https://${value}` : null;
}

/**
 * The value without its null fields, however deep: the schema types a field as a string or a
 * number, never null, so a field Waymark has no value for is left out (as HSDS readers expect).
 */
export function withoutNulls<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutNulls) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, field]) => field !== null && field !== undefined)
      .map(([key, field]) => [key, withoutNulls(field)]),
  ) as T;
}
