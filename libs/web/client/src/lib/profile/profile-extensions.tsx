import { createContext, useContext, useMemo, type ComponentType, type ReactNode } from 'react';
import type { Role, TimelineKind } from '@waymark/shared/types';
import { useSessionState } from '@waymark/web/core';
import type { ClientTabProps } from '../tabs/tab-props';

/**
 * A tab another feature adds to the client's record (care planning adds assessments and the
 * care plan). The client feature never imports those features: the app hands their tabs in
 * through ProfileExtensionsProvider, as the API's contexts above the client context do with events.
 */
export interface ProfileExtensionTab {
  /** Its part of the address, /clients/:id/:key; must not clash with the record's own tabs. */
  key: string;
  /** Its label, already in the reader's language. */
  useLabel: () => string;
  /** Where it goes: after this tab of the record's own. */
  after: 'overview' | 'network' | 'consents' | 'enrollments' | 'notes' | 'incidents' | 'documents';
  Component: ComponentType<ClientTabProps>;
  /** The timeline kinds whose entries open this tab. */
  sourceKinds?: readonly TimelineKind[];
  /** Only these roles see it (the access log: admins and auditors); everyone when left out. */
  roles?: readonly Role[];
}

/** Something another feature offers on an enrollment card (care planning: plan a discharge). */
export type EnrollmentAction = ComponentType<{ clientId: string; enrollment: { id: string; version: number; status: string; programName: string } }>;

export interface ProfileExtensions {
  tabs: readonly ProfileExtensionTab[];
  enrollmentActions: readonly EnrollmentAction[];
}

const NONE: ProfileExtensions = { tabs: [], enrollmentActions: [] };
const ProfileExtensionsContext = createContext<ProfileExtensions>(NONE);

export function ProfileExtensionsProvider({ value, children }: { value: Partial<ProfileExtensions>; children: ReactNode }) {
  return <ProfileExtensionsContext.Provider value={{ ...NONE, ...value }}>{children}</ProfileExtensionsContext.Provider>;
}

/** The extensions the signed-in user's role may see. */
export function useProfileExtensions(): ProfileExtensions {
  const extensions = useContext(ProfileExtensionsContext);
  const role = useSessionState().user?.role;
  const tabs = useMemo(() => extensions.tabs.filter((tab) => !tab.roles || (role && tab.roles.includes(role))), [extensions.tabs, role]);
  return useMemo(() => ({ ...extensions, tabs }), [extensions, tabs]);
}
