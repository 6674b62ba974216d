import type { ComponentType } from 'react';
import type { ClientProfileFieldsFragment } from '@waymark/web/core';
import { ConsentsTab, EnrollmentsTab, IncidentsTab, NetworkTab, NotesTab, type ClientTabProps } from '../tabs';
import { DocumentsTab } from '../documents';
import { FundsTab } from '../funds';
import type { ProfileTab } from './profile-tabs';

const RECORD_TABS: Record<Exclude<ProfileTab, 'timeline' | 'overview'>, ComponentType<ClientTabProps>> = {
  network: NetworkTab,
  consents: ConsentsTab,
  enrollments: EnrollmentsTab,
  notes: NotesTab,
  incidents: IncidentsTab,
  documents: DocumentsTab,
  funds: FundsTab,
};

/** The record tabs (support network, consents, enrollments, notes, incidents), each given the client. */
export function RecordTab({ tab, client }: { tab: keyof typeof RECORD_TABS; client: ClientProfileFieldsFragment }) {
  const Tab = RECORD_TABS[tab];
  return <Tab client={client} />;
}
