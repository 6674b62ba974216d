import type { ReactNode } from 'react';
import { Text } from '@mantine/core';
import { EmptyView, ErrorState, LoadingState } from '@waymark/web/core';

/**
 * A list of records as it loads: a spinner until the first answer, the failure with a way to
 * try again, a word (and a way on) when there is nothing, otherwise how many there are,
 * announced as that changes, and the rows. A later failure shows under the rows it leaves.
 */
export function RecordList({
  total,
  loading,
  error,
  onRetry,
  loadingLabel,
  countLabel,
  empty,
  children,
}: {
  /** How many records there are; undefined until the list first loads */
  total: number | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  loadingLabel?: string;
  countLabel?: string;
  /** What EmptyView says when there is nothing; its heading is a level 3 unless told */
  empty: { icon: ReactNode; title: string; description?: string; action?: ReactNode; headingOrder?: 2 | 3 };
  children: ReactNode;
}) {
  if (total === undefined) {
    if (error) return <ErrorState error={error} onRetry={onRetry} />;
    return loading ? <LoadingState label={loadingLabel} /> : null;
  }
  if (total === 0) return <EmptyView headingOrder={3} {...empty} />;
  return (
    <>
      {countLabel ? (
        <Text size="sm" c="dimmed" aria-live="polite">
          {countLabel}
        </Text>
      ) : null}
      {children}
      {error ? <ErrorState error={error} onRetry={onRetry} /> : null}
    </>
  );
}
