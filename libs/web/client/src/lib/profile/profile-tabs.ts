import type { TimelineKind } from '@waymark/shared/types';

/** The profile's tabs, in order; each is a part of the address: /clients/:id/:tab. */
export const PROFILE_TABS = ['timeline', 'overview', 'network', 'consents', 'enrollments', 'notes', 'incidents'] as const;
export type ProfileTab = (typeof PROFILE_TABS)[number];

export function isProfileTab(value: string | null | undefined): value is ProfileTab {
  return !!value && (PROFILE_TABS as readonly string[]).includes(value);
}

/** Where a timeline entry's source lives. Kinds later contexts add open the overview until they get a tab. */
const SOURCE_TAB: Partial<Record<TimelineKind, ProfileTab>> = {
  NOTE: 'notes',
  INCIDENT: 'incidents',
  ENROLLMENT: 'enrollments',
  ASSIGNMENT: 'enrollments',
  CONSENT: 'consents',
};

/**
 * The address of a timeline entry's source: its tab, with `?item=<sourceId>` so the tab can
 * bring that record into view.
 */
export function sourcePath(clientId: string, kind: TimelineKind, sourceId: string | null | undefined): string {
  const tab = SOURCE_TAB[kind] ?? 'overview';
  return `/clients/${clientId}/${tab}${sourceId && tab !== 'overview' ? `?item=${encodeURIComponent(sourceId)}` : ''}`;
}
