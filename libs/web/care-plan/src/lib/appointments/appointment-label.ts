import { useTranslation } from 'react-i18next';
import type { AppointmentKind } from '@waymark/shared/types';
import { formatDateTime } from '@waymark/web/client';

/** "Doctor, Nov 24, 2026, 3:00 PM": how buttons and dialogs name an appointment. */
export function useAppointmentLabel() {
  const { t, i18n } = useTranslation('carePlan');
  return (appointment: { kind: AppointmentKind; startsAt: string }) => `${t(`appointments.kind.${appointment.kind}`)}, ${formatDateTime(appointment.startsAt, i18n.language)}`;
}
