import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { AUDIT_ACTIONS, type AuditAction } from '@waymark/shared/types';
import type { AuditEventFilter } from '@waymark/web/core';

/** The viewer's filter as the address keeps it (?client=…&user=…&actions=READ,EXPORT&from=…), so a link or a reload shows the same events. */
export interface TrailFilterValues {
  client: string;
  user: string;
  actions: AuditAction[];
  entityType: string;
  entityId: string;
  /** 'YYYY-MM-DDTHH:mm', local time, as a datetime-local input gives it. */
  from: string;
  to: string;
  high: boolean;
}

const KEYS = ['client', 'user', 'actions', 'entityType', 'entityId', 'from', 'to', 'high'] as const;

function readValues(params: URLSearchParams): TrailFilterValues {
  return {
    client: params.get('client') ?? '',
    user: params.get('user') ?? '',
    actions: (params.get('actions') ?? '').split(',').filter((action): action is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(action)),
    entityType: params.get('entityType') ?? '',
    entityId: params.get('entityId') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    high: params.get('high') === '1',
  };
}

const instant = (local: string): string | null => {
  if (!local) return null;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
};

/** Whether the range ends before it starts (the API refuses it; the form says so first). */
export function reversedRange({ from, to }: Pick<TrailFilterValues, 'from' | 'to'>): boolean {
  const [start, end] = [instant(from), instant(to)];
  return !!start && !!end && start >= end;
}

/** The filter the API takes. */
export function toApiFilter(values: TrailFilterValues): AuditEventFilter {
  return {
    clientId: values.client || null,
    actorId: values.user || null,
    actions: values.actions.length ? values.actions : null,
    entityType: values.entityType.trim() || null,
    entityId: values.entityId.trim() || null,
    from: instant(values.from),
    to: instant(values.to),
    highSeverityOnly: values.high || null,
  };
}

export function useTrailFilter() {
  const [params, setParams] = useSearchParams();
  const values = useMemo(() => readValues(params), [params]);
  // From the address as it is now: React Router hands a functional update the params of the last
  // render, so a field reporting after another's change (two at once, or a picker settling) would undo it.
  const change = (patch: Partial<TrailFilterValues>) =>
    setParams(
      () => {
        const next = { ...readValues(new URLSearchParams(window.location.search)), ...patch };
        const search = new URLSearchParams();
        for (const key of KEYS) {
          const value = next[key];
          if (key === 'high') {
            if (value) search.set(key, '1');
          } else if (Array.isArray(value)) {
            if (value.length) search.set(key, value.join(','));
          } else if (value) search.set(key, String(value));
        }
        return search;
      },
      { replace: true },
    );
  return { values, change, reset: () => setParams(new URLSearchParams(), { replace: true }) };
}
