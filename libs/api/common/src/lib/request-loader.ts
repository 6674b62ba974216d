import DataLoader from 'dataloader';
import type { ClsService } from 'nestjs-cls';

/**
 * The request's own DataLoader under `key`, made on first use: what a page asks of one batch
 * function costs one query, and nothing is cached past the request.
 */
export function requestLoader<K, V, C = K>(cls: ClsService, key: symbol, batch: DataLoader.BatchLoadFn<K, V>, options?: DataLoader.Options<K, V, C>): DataLoader<K, V, C> {
  let loader: DataLoader<K, V, C> | undefined = cls.get(key);
  if (!loader) {
    loader = new DataLoader(batch, options);
    cls.set(key, loader);
  }
  return loader;
}

/** Rows grouped under each asked key, in the rows' order; a key without rows gets []. */
export function groupedBy<R>(keys: readonly string[], rows: R[], keyOf: (row: R) => string): R[][] {
  const groups = new Map<string, R[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
