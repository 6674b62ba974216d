import { decodeCursor, instantText, isInstant, isUuid, toConnection } from '@waymark/api/common';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { pageTotal, type TotalColumn } from './page-total';

// Kept where the client context's users have always found them; they live in common so every context pages the same way.
export { instantText, isInstant } from '@waymark/api/common';

/**
 * Keyset pages of lists ordered by an instant and then the row id, newest first (a client's
 * timeline, notes, incidents). The cursor keeps the instant as PostgreSQL does, to the
 * microsecond: a JS Date keeps milliseconds, and rows written by SQL's now() would otherwise
 * be skipped or repeated at a page boundary.
 */
export const newestFirst = {
  /** Limits `query` to rows after the cursor; `column` is the instant's SQL column (`t.occurred_at`). */
  after<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, column: string, idColumn: string, after: string | undefined): SelectQueryBuilder<T> {
    if (!after) return query;
    const [at, id] = decodeCursor(after, [isInstant, isUuid]);
    return query.andWhere(`(${column}, ${idColumn}) < (:cursorAt::timestamptz, :cursorId::uuid)`, { cursorAt: at, cursorId: id });
  },

  /** Fetches one page (newest first) and builds the connection. */
  async page<T extends ObjectLiteral & { id: string }, N>(
    query: SelectQueryBuilder<T>,
    column: string,
    idColumn: string,
    first: number,
    map: (row: T) => N,
  ) {
    const { rows, connection } = await fetchPage(query, column, idColumn, first, map);
    return { rows, ...connection };
  },

  /** `after` and `page` at once, with the total count of what the query matches before the cursor, all in the page's one statement. */
  async countedPage<T extends ObjectLiteral & { id: string }, N>(
    query: SelectQueryBuilder<T>,
    column: string,
    idColumn: string,
    { first, after }: { first: number; after?: string | null },
    map: (row: T) => N,
  ) {
    const total = pageTotal(query);
    newestFirst.after(query, column, idColumn, after ?? undefined);
    const { rows, raw, connection } = await fetchPage(query, column, idColumn, first, map);
    return { rows, ...connection, totalCount: await total.of(raw, after) };
  },
};

async function fetchPage<T extends ObjectLiteral & { id: string }, N>(
  query: SelectQueryBuilder<T>,
  column: string,
  idColumn: string,
  first: number,
  map: (row: T) => N,
) {
  const { entities, raw } = await query
    .addSelect(instantText(column), 'cursor_at')
    .orderBy(column, 'DESC')
    .addOrderBy(idColumn, 'DESC')
    .limit(first + 1)
    .getRawAndEntities<TotalColumn & { cursor_at: string }>();
  const rows = entities.map((row, i) => ({ row, at: raw[i].cursor_at }));
  return {
    rows: rows.slice(0, first).map((r) => r.row),
    raw,
    connection: toConnection(rows, first, (r) => map(r.row), (r) => [r.at, r.row.id]),
  };
}
