import { useState } from 'react';
import { Stack, Title } from '@mantine/core';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { type ClientTabProps, TabSection, useItemFocus, useRecordPermissions } from '@waymark/web/client';
import type { AppointmentFieldsFragment } from '@waymark/web/core';
import { AppointmentCard } from './appointment-card';
import { AppointmentList } from './appointment-list';
import { appointmentQuery } from './appointments.operations';
import { BookAppointmentDialog } from './book-appointment-dialog';
import { OutcomeDialog } from './outcome-dialog';
import { ToldDialog } from './told-dialog';

type Acting =
  | { kind: 'book' }
  | { kind: 'told'; appointment: AppointmentFieldsFragment; partyId: string }
  | { kind: 'outcome' | 'reschedule'; appointment: AppointmentFieldsFragment }
  | null;

/**
 * The client's appointments, upcoming then past, with booking, "mark told", outcomes and
 * reschedules. A link with `?item=<id>` (the worklist, the timeline, the calendar) brings that
 * appointment into view, loading it on its own when it is not on the lists' first pages.
 */
export function AppointmentsTab({ client }: ClientTabProps) {
  const { t } = useTranslation('carePlan');
  const { canWrite } = useRecordPermissions();
  const apollo = useApolloClient();
  const [, setParams] = useSearchParams();
  const [now] = useState(() => new Date().toISOString());
  const [acting, setActing] = useState<Acting>(null);
  const [upcomingIds, setUpcomingIds] = useState<string[] | null>(null);
  const [pastIds, setPastIds] = useState<string[] | null>(null);
  const listed = (id: string) => !!upcomingIds?.includes(id) || !!pastIds?.includes(id);
  const loaded = upcomingIds !== null && pastIds !== null;
  const item = useItemFocus(loaded);
  const linked = useQuery(appointmentQuery, { variables: { id: item ?? '' }, skip: !item || !loaded || listed(item) });
  const close = () => setActing(null);
  const reload = () => {
    void apollo.refetchQueries({ include: ['ClientAppointments'] });
    if (linked.data) void linked.refetch();
  };
  const done = () => {
    reload();
    close();
  };
  const card = (appointment: AppointmentFieldsFragment) => (
    <AppointmentCard
      key={appointment.id}
      appointment={appointment}
      highlighted={appointment.id === item}
      canWrite={canWrite}
      onMarkTold={(party) => setActing({ kind: 'told', appointment, partyId: party.id })}
      onOutcome={() => setActing({ kind: 'outcome', appointment })}
      onReschedule={() => setActing({ kind: 'reschedule', appointment })}
      onShow={(id) => setParams({ item: id }, { replace: true })}
    />
  );
  const linkedAppointment = linked.data?.appointment && !listed(linked.data.appointment.id) ? linked.data.appointment : null;
  const party = acting?.kind === 'told' ? acting.appointment.parties.find((p) => p.id === acting.partyId) : undefined;
  return (
    <TabSection
      id="appointments"
      title={t('appointments.title')}
      description={t('appointments.description')}
      action={canWrite ? { icon: IconCalendarPlus, label: t('appointments.book'), onClick: () => setActing({ kind: 'book' }) } : null}
    >
      {linkedAppointment ? (
        <Stack gap="sm" component="section" aria-labelledby="appointments-linked-heading">
          <Title order={3} size="h4" id="appointments-linked-heading">
            {t('appointments.linked')}
          </Title>
          {card(linkedAppointment)}
        </Stack>
      ) : null}
      <AppointmentList clientId={client.id} now={now} onLoaded={setUpcomingIds} render={card} />
      <AppointmentList clientId={client.id} now={now} past onLoaded={setPastIds} render={card} />
      {acting?.kind === 'book' ? <BookAppointmentDialog clientId={client.id} onClose={close} onBooked={done} /> : null}
      {acting?.kind === 'told' && party ? <ToldDialog appointment={acting.appointment} party={party} onClose={done} onReload={done} /> : null}
      {acting?.kind === 'outcome' || acting?.kind === 'reschedule' ? (
        <OutcomeDialog appointment={acting.appointment} rescheduling={acting.kind === 'reschedule'} onClose={close} onReload={done} onDone={done} />
      ) : null}
    </TabSection>
  );
}
