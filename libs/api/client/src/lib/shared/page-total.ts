import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** What a page's rows carry when their query counts its matches (pageTotal). */
export interface TotalColumn {
  total_count: number | string;
}

/**
 * A page and its total count in one statement: each row the page fetches carries the count of
 * every row the query matches before a cursor narrows it (an uncorrelated subquery, counted
 * once). Call it before adding the cursor; `of` reads the total from the fetched rows.
 * `whileReading`: the query reads every match anyway to order them (a few hundred at most: a
 * search, a caseload), so a first page counts them as it reads them, a window over the matches,
 * instead of matching them all a second time.
 */
export function pageTotal<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, { whileReading = false, after }: { whileReading?: boolean; after?: string | null } = {}) {
  const all = query.clone();
  query.addSelect(whileReading && !after ? 'count(*) OVER ()' : `(${all.clone().select('count(*)').orderBy().getQuery()})`, 'total_count');
  return {
    /** Only a page past the last row carries no total: then it is counted apart. */
    async of(raw: readonly TotalColumn[], after: string | null | undefined): Promise<number> {
      if (raw.length) return Number(raw[0].total_count);
      return after ? all.getCount() : 0;
    },
  };
}
