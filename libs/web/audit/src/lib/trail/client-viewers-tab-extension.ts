import { useTranslation } from 'react-i18next';
import { AUDIT_TRAIL_ROLES } from '@waymark/shared/types';
import type { ProfileExtensionTab } from '@waymark/web/client';
import { ClientViewersTab } from './client-viewers-tab';

function useAccessLogLabel(): string {
  return useTranslation('audit').t('trail.viewers.tab');
}

/** The client record's "Access log" tab, last, for admins and auditors. */
export const accessLogTab: ProfileExtensionTab = {
  key: 'access-log',
  useLabel: useAccessLogLabel,
  after: 'documents',
  Component: ClientViewersTab,
  roles: AUDIT_TRAIL_ROLES,
};
