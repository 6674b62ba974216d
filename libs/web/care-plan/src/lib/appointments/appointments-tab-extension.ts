import { useTranslation } from 'react-i18next';
import { TimelineKind } from '@waymark/shared/types';
import type { ProfileExtensionTab } from '@waymark/web/client';
import { AppointmentsTab } from './appointments-tab';

function useAppointmentsLabel(): string {
  return useTranslation('carePlan').t('appointments.tab');
}

/** The client record's "Appointments" tab, after Notes; appointment entries on the timeline (and the worklist's reminders) open it. */
export const appointmentsTab: ProfileExtensionTab = {
  key: 'appointments',
  useLabel: useAppointmentsLabel,
  after: 'notes',
  Component: AppointmentsTab,
  sourceKinds: [TimelineKind.APPOINTMENT],
};
