import { useState } from 'react';
import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState } from './page-states';

/** The next page of a connection after the rows already shown. */
export function appendEdges<C extends { edges: readonly unknown[] }>(shown: C, next: C): C {
  return { ...next, edges: [...shown.edges, ...next.edges] };
}

/**
 * "Load more" for a cursor list. A failure leaves the rows already shown and is said below
 * them, with the button to try again; it is forgotten when the filters (`listKey`) change.
 */
export function useLoadMore(listKey: string, fetchNext: (after: string) => Promise<unknown>) {
  const [failed, setFailed] = useState<{ listKey: string; error: unknown } | null>(null);
  const error = failed?.listKey === listKey ? failed.error : null;
  const loadMore = (after: string) => {
    setFailed(null);
    fetchNext(after).catch((failure: unknown) => setFailed({ listKey, error: failure }));
  };
  return { error, loadMore };
}

export function LoadMoreFooter({
  pageInfo,
  loading,
  error,
  onLoadMore,
}: {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  loading: boolean;
  error: unknown;
  onLoadMore: (after: string) => void;
}) {
  const { t } = useTranslation();
  const { endCursor } = pageInfo;
  return (
    <Stack gap="sm">
      {error && !loading ? <ErrorState error={error} /> : null}
      {pageInfo.hasNextPage && endCursor ? (
        <Group justify="center">
          <Button variant="default" loading={loading} onClick={() => onLoadMore(endCursor)}>
            {t('table.loadMore')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
