import type { TFunction } from 'i18next';
import { type AppointmentKind, type AppointmentParty, endsNotAfterStart, type TransportProvider } from '@waymark/shared/types';
import { fromLocalDateTime, toLocalDateTime } from '@waymark/web/client';

/** The booking form: instants as 'YYYY-MM-DDTHH:mm' local, shaped like the API's input so its field errors land on the fields. */
export interface BookingValues extends Record<string, unknown> {
  kind: AppointmentKind;
  purpose: string;
  startsAt: string;
  endsAt: string;
  location: string;
  withWhom: string;
  serviceId: string | null;
  transport: { needed: boolean; provider: TransportProvider | null; staffId: string | null; serviceId: string | null; pickupAt: string; notes: string };
  parties: { party: AppointmentParty; name: string }[];
}

/** Tomorrow at 10:00 for an hour: an appointment is rarely booked for the next minute. */
export function emptyBooking(): BookingValues {
  const start = new Date();
  start.setDate(start.getDate() + 1);
  start.setHours(10, 0, 0, 0);
  return {
    kind: 'DOCTOR',
    purpose: '',
    startsAt: toLocalDateTime(start),
    endsAt: toLocalDateTime(new Date(start.getTime() + 3_600_000)),
    location: '',
    withWhom: '',
    serviceId: null,
    transport: { needed: false, provider: null, staffId: null, serviceId: null, pickupAt: '', notes: '' },
    parties: [],
  };
}

/** The form's own checks, in step with the API's: the end after the start, a provider for a ride and what it names. */
export function bookingRules(t: TFunction) {
  const required = (value: unknown) => (value ? null : t('appointments.form.required'));
  return {
    startsAt: (value: string) => (fromLocalDateTime(value) ? null : t('appointments.form.required')),
    endsAt: (value: string, values: BookingValues) => {
      const [start, end] = [fromLocalDateTime(values.startsAt), fromLocalDateTime(value)];
      if (!end) return t('appointments.form.required');
      return start && endsNotAfterStart(start, end) ? t('appointments.form.endsBeforeStart') : null;
    },
    transport: {
      provider: (value: string | null, values: BookingValues) => (values.transport.needed ? required(value) : null),
      staffId: (value: string | null, values: BookingValues) => (values.transport.needed && values.transport.provider === 'CASE_MANAGER' ? required(value) : null),
      serviceId: (value: string | null, values: BookingValues) => (values.transport.needed && values.transport.provider === 'DIRECTORY_SERVICE' ? required(value) : null),
      pickupAt: (value: string, values: BookingValues) => {
        const [pickup, start] = [fromLocalDateTime(value), fromLocalDateTime(values.startsAt)];
        return values.transport.needed && pickup && start && pickup > start ? t('appointments.form.pickupAfterStart') : null;
      },
    },
  };
}

const orNull = (text: string) => text.trim() || null;

/** The form checked its instants (bookingRules), so they read. */
const instant = (value: string) => fromLocalDateTime(value) as string;

export function bookingInput(clientId: string, values: BookingValues) {
  const { transport } = values;
  return {
    clientId,
    kind: values.kind,
    purpose: orNull(values.purpose),
    startsAt: instant(values.startsAt),
    endsAt: instant(values.endsAt),
    location: orNull(values.location),
    withWhom: orNull(values.withWhom),
    serviceId: values.serviceId,
    transport: transport.needed
      ? {
          needed: true,
          provider: transport.provider,
          staffId: transport.provider === 'CASE_MANAGER' ? transport.staffId : null,
          serviceId: transport.provider === 'DIRECTORY_SERVICE' ? transport.serviceId : null,
          pickupAt: fromLocalDateTime(transport.pickupAt),
          notes: orNull(transport.notes),
        }
      : { needed: false },
    parties: values.parties.map((p) => ({ party: p.party, name: orNull(p.name) })),
  };
}
