import { ActionIcon, Anchor, Badge, Button, Card, Group, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { IconCalendarEvent, IconCar, IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { WORKLIST_OVERSEER_ROLES } from '@waymark/shared/types';
import { type AppointmentFieldsFragment, EmptyView, ErrorState, LoadingState, Page, useSessionState } from '@waymark/web/core';
import { formatCalendarDate, formatTime } from '@waymark/web/client';
import { AppointmentStatusBadge } from './appointment-status-badge';
import { workerAppointmentsQuery } from './appointments.operations';
import { type CalendarView, dayOfInstant, daysOf, isDay, rangeOf, shiftDays, today } from './calendar-range';
import { useAppointmentStaff } from './use-appointment-staff';

/**
 * My appointments (a supervisor: anyone's) for a day or a week: a list per day, not a wide grid,
 * so it reads on a tablet. The day, the view and the worker are in the address.
 */
export function CalendarPage() {
  const { t, i18n } = useTranslation('carePlan');
  const { user } = useSessionState();
  const supervisor = !!user && WORKLIST_OVERSEER_ROLES.includes(user.role);
  const staff = useAppointmentStaff(!supervisor);
  const [params, setParams] = useSearchParams();
  const view: CalendarView = params.get('view') === 'week' ? 'week' : 'day';
  const dayParam = params.get('day');
  const anchor = isDay(dayParam) ? dayParam : today();
  const workerId = supervisor ? params.get('worker') : null;
  const change = (patch: { view?: CalendarView; day?: string; worker?: string | null }) => {
    const next = { view, day: anchor, worker: workerId, ...patch };
    setParams(Object.fromEntries(Object.entries(next).filter(([, value]) => value)) as Record<string, string>, { replace: true });
  };
  const days = daysOf(view, anchor);
  const { data, loading, error, refetch } = useQuery(workerAppointmentsQuery, { variables: { workerId, ...rangeOf(days) }, fetchPolicy: 'cache-and-network' });
  const appointments = data?.workerAppointments;
  const step = view === 'day' ? 1 : 7;
  const date = (day: string) => formatCalendarDate(day, i18n.language);
  const rangeLabel = view === 'day' ? date(anchor) : t('appointments.calendar.range', { from: date(days[0]), to: date(days[6]) });
  return (
    <Page title={t('appointments.calendar.title')} description={t('appointments.calendar.description')}>
      <Card withBorder radius="md" padding="md">
        <Stack gap="md">
          <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
            <Group gap="xs" wrap="wrap" align="center">
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={t(view === 'day' ? 'appointments.calendar.previousDay' : 'appointments.calendar.previousWeek')}
                onClick={() => change({ day: shiftDays(anchor, -step) })}
              >
                <IconChevronLeft size={18} aria-hidden />
              </ActionIcon>
              <Button variant="default" onClick={() => change({ day: today() })}>
                {t('appointments.calendar.today')}
              </Button>
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={t(view === 'day' ? 'appointments.calendar.nextDay' : 'appointments.calendar.nextWeek')}
                onClick={() => change({ day: shiftDays(anchor, step) })}
              >
                <IconChevronRight size={18} aria-hidden />
              </ActionIcon>
              <Title order={2} size="h4" aria-live="polite">
                {rangeLabel}
              </Title>
            </Group>
            <Group gap="sm" wrap="wrap" align="flex-end">
              <SegmentedControl
                aria-label={t('appointments.calendar.view')}
                value={view}
                onChange={(value) => change({ view: value as CalendarView })}
                data={[
                  { value: 'day', label: t('appointments.calendar.day') },
                  { value: 'week', label: t('appointments.calendar.week') },
                ]}
              />
              {supervisor ? (
                <Select
                  label={t('appointments.calendar.worker')}
                  searchable
                  w={240}
                  data={[{ value: '', label: t('appointments.calendar.me') }, ...staff.options.filter((o) => o.value !== user?.id)]}
                  value={workerId ?? ''}
                  onChange={(value) => change({ worker: value || null })}
                  disabled={staff.loading}
                />
              ) : null}
            </Group>
          </Group>
          {error && !appointments ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
          {!appointments && loading ? <LoadingState label={t('appointments.calendar.loading')} /> : null}
          {appointments ? (
            <>
              <Text size="sm" c="dimmed" aria-live="polite">
                {t('appointments.calendar.count', { count: appointments.length })}
              </Text>
              {appointments.length === 0 && view === 'day' ? (
                <EmptyView headingOrder={3} icon={<IconCalendarEvent aria-hidden />} title={t('appointments.calendar.empty')} description={t('appointments.calendar.emptyText')} />
              ) : (
                days.map((day) => (
                  <CalendarDay key={day} day={day} showHeading={view === 'week'} appointments={appointments.filter((a) => dayOfInstant(a.startsAt) === day)} meId={user?.id ?? null} />
                ))
              )}
            </>
          ) : null}
        </Stack>
      </Card>
    </Page>
  );
}

function CalendarDay({ day, showHeading, appointments, meId }: { day: string; showHeading: boolean; appointments: AppointmentFieldsFragment[]; meId: string | null }) {
  const { t, i18n } = useTranslation('carePlan');
  const headingId = `calendar-day-${day}`;
  const weekday = new Intl.DateTimeFormat(i18n.language, { weekday: 'long' }).format(new Date(`${day}T12:00:00`));
  return (
    <Stack gap="xs" component="section" aria-labelledby={showHeading ? headingId : undefined}>
      {showHeading ? (
        <Title order={3} size="h5" id={headingId}>
          {weekday}, {formatCalendarDate(day, i18n.language)}
        </Title>
      ) : null}
      {showHeading && !appointments.length ? (
        <Text size="sm" c="dimmed">
          {t('appointments.calendar.nothingThisDay')}
        </Text>
      ) : null}
      {appointments.map((appointment) => (
        <CalendarEntry key={appointment.id} appointment={appointment} meId={meId} />
      ))}
    </Stack>
  );
}

function CalendarEntry({ appointment, meId }: { appointment: AppointmentFieldsFragment; meId: string | null }) {
  const { t, i18n } = useTranslation('carePlan');
  const time = (iso: string) => formatTime(new Date(iso), i18n.language);
  const driver = appointment.transport?.staff;
  const name = appointment.client?.displayName;
  return (
    <Card withBorder radius="sm" padding="sm" component="article" aria-label={`${time(appointment.startsAt)} ${t(`appointments.kind.${appointment.kind}`)}${name ? `, ${name}` : ''}`}>
      <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
        <Stack gap={2} miw={0}>
          <Text fw={600}>
            {time(appointment.startsAt)}–{time(appointment.endsAt)} · {t(`appointments.kind.${appointment.kind}`)}
            {appointment.purpose ? `: ${appointment.purpose}` : ''}
          </Text>
          {name ? (
            <Anchor component={Link} to={`/clients/${appointment.clientId}/appointments?item=${appointment.id}`} aria-label={t('appointments.calendar.openClient', { name })}>
              {name}
            </Anchor>
          ) : (
            <Text size="sm" c="dimmed">
              {t('appointments.calendar.hiddenClient')}
            </Text>
          )}
          {appointment.location ? <Text size="sm">{appointment.location}</Text> : null}
          {appointment.withWhom ? <Text size="sm">{appointment.withWhom}</Text> : null}
        </Stack>
        <Group gap={4} wrap="wrap">
          <AppointmentStatusBadge status={appointment.status} />
          {appointment.transport ? (
            <Badge variant="light" color="teal" leftSection={<IconCar size={12} aria-hidden />}>
              {driver ? (driver.id === meId ? t('appointments.calendar.driving') : t('appointments.calendar.drivingNamed', { name: driver.displayName })) : t(`appointments.provider.${appointment.transport.provider}`)}
            </Badge>
          ) : null}
        </Group>
      </Group>
    </Card>
  );
}
