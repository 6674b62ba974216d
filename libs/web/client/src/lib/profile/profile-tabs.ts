import type { TimelineKind } from '@waymark/shared/types';
import type { ProfileExtensionTab } from './profile-extensions';

/** The record's own tabs, in order; each is a part of the address: /clients/:id/:tab. */
export const PROFILE_TABS = ['timeline', 'overview', 'network', 'consents', 'enrollments', 'notes', 'incidents', 'documents', 'funds'] as const;
export type ProfileTab = (typeof PROFILE_TABS)[number];

export function isProfileTab(value: string | null | undefined): value is ProfileTab {
  return !!value && (PROFILE_TABS as readonly string[]).includes(value);
}

/** The record's tabs with those other features add, each after the tab it names. */
export function allTabs(extensions: readonly ProfileExtensionTab[]): string[] {
  return PROFILE_TABS.flatMap((tab) => [tab, ...extensions.filter((extension) => extension.after === tab).map((extension) => extension.key)]);
}

/** Where a timeline entry's source lives. Kinds no tab claims open the overview. */
const SOURCE_TAB: Partial<Record<TimelineKind, string>> = {
  NOTE: 'notes',
  INCIDENT: 'incidents',
  ENROLLMENT: 'enrollments',
  ASSIGNMENT: 'enrollments',
  CONSENT: 'consents',
  DOCUMENT: 'documents',
  FUND_REQUEST: 'funds',
};

/**
 * The address of a timeline entry's source: its tab, with `?item=<sourceId>` so the tab can
 * bring that record into view.
 */
export function sourcePath(clientId: string, kind: TimelineKind, sourceId: string | null | undefined, extensions: readonly ProfileExtensionTab[] = []): string {
  // An after-hours call lives in the agency's emergency log, not on a tab of the record.
  if (kind === 'EMERGENCY_CALL' && sourceId) return `/on-call?call=${encodeURIComponent(sourceId)}`;
  const tab = SOURCE_TAB[kind] ?? extensions.find((extension) => extension.sourceKinds?.includes(kind))?.key ?? 'overview';
  return `/clients/${clientId}/${tab}${sourceId && tab !== 'overview' ? `?item=${encodeURIComponent(sourceId)}` : ''}`;
}
