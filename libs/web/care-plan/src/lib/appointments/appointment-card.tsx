import type { ReactNode } from 'react';
import { Badge, Button, DataList, List, Text } from '@mantine/core';
import { IconCalendarRepeat, IconChecklist, IconPhoneCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { canChangeAppointmentStatus, stillToTell } from '@waymark/shared/types';
import { formatDateTime, RecordAction, RecordCard, RecordText, formatTime } from '@waymark/web/client';
import type { AppointmentFieldsFragment } from '@waymark/web/core';
import { useAppointmentLabel } from './appointment-label';
import { AppointmentStatusBadge } from './appointment-status-badge';

type Party = AppointmentFieldsFragment['parties'][number];

/** One appointment: when, where, with whom, the transport, who must know (and who still needs telling), and its outcome. */
export function AppointmentCard({
  appointment,
  highlighted,
  canWrite,
  onMarkTold,
  onOutcome,
  onReschedule,
  onShow,
}: {
  appointment: AppointmentFieldsFragment;
  highlighted?: boolean;
  canWrite: boolean;
  onMarkTold: (party: Party) => void;
  onOutcome: () => void;
  onReschedule: () => void;
  /** Brings another appointment (the replacement of a rescheduled one) into view */
  onShow: (appointmentId: string) => void;
}) {
  const { t, i18n } = useTranslation('carePlan');
  const label = useAppointmentLabel()(appointment);
  const when = (iso: string) => formatDateTime(iso, i18n.language);
  const staff = (person: { displayName: string } | null | undefined) => person?.displayName ?? t('appointments.card.unknownStaff');
  const open = appointment.status === 'SCHEDULED';
  const toTell = appointment.parties.filter(stillToTell);
  const { transport } = appointment;
  const partyName = (party: Party) => (party.name ? `${t(`appointments.party.${party.party}`)} (${party.name})` : t(`appointments.party.${party.party}`));
  return (
    <RecordCard
      recordId={appointment.id}
      highlighted={highlighted}
      title={[t(`appointments.kind.${appointment.kind}`), appointment.purpose].filter(Boolean).join(': ')}
      facts={t('appointments.card.when', { start: when(appointment.startsAt), end: formatTime(new Date(appointment.endsAt), i18n.language) })}
      badges={
        <>
          <AppointmentStatusBadge status={appointment.status} />
          {open && toTell.length ? (
            <Badge color="orange" variant="light">
              {t('appointments.card.stillToTell', { count: toTell.length })}
            </Badge>
          ) : null}
        </>
      }
      actions={[
        open && canWrite && canChangeAppointmentStatus(appointment.status, 'KEPT') ? (
          <RecordAction key="outcome" icon={IconChecklist} tone="main" label={t('appointments.card.recordOutcome')} ariaLabel={t('appointments.card.recordOutcomeNamed', { label })} onClick={onOutcome} />
        ) : null,
        open && canWrite ? (
          <RecordAction key="reschedule" icon={IconCalendarRepeat} label={t('appointments.card.reschedule')} ariaLabel={t('appointments.card.rescheduleNamed', { label })} onClick={onReschedule} />
        ) : null,
      ]}
    >
      <DataList orientation="horizontal" labelWidth="10rem" gap="xs">
        {appointment.location ? <Fact label={t('appointments.card.where')}>{appointment.location}</Fact> : null}
        {appointment.withWhom ? <Fact label={t('appointments.card.withWhom')}>{appointment.withWhom}</Fact> : null}
        {appointment.serviceName ? <Fact label={t('appointments.card.service')}>{appointment.serviceName}</Fact> : null}
        <Fact label={t('appointments.card.transport')}>
          {transport ? (
            <>
              {t(`appointments.provider.${transport.provider}`)}
              {transport.staff ? ` — ${transport.staff.displayName}` : ''}
              {transport.serviceName ? ` — ${transport.serviceName}` : ''}
              {transport.pickupAt ? (
                <Text size="sm">
                  {t('appointments.card.pickup')}: {when(transport.pickupAt)}
                </Text>
              ) : null}
              {transport.notes ? <RecordText>{transport.notes}</RecordText> : null}
            </>
          ) : (
            t('appointments.card.noTransport')
          )}
        </Fact>
        <Fact label={t('appointments.card.responsible')}>{appointment.responsibleWorker?.displayName ?? t('appointments.card.supervisorsQueue')}</Fact>
        <Fact label={t('appointments.card.toTell')}>
          {appointment.parties.length ? (
            <List size="sm" spacing={4} listStyleType="none" pl={0}>
              {appointment.parties.map((party) => (
                <List.Item key={party.id}>
                  <Text span size="sm" fw={500}>
                    {partyName(party)}
                  </Text>
                  {' — '}
                  {party.toldAt ? (
                    <Text span size="sm" c="green.8">
                      {t('appointments.card.told', { time: when(party.toldAt), method: party.method ? t(`appointments.method.${party.method}`) : '' })}
                    </Text>
                  ) : (
                    <>
                      <Text span size="sm" c="orange.8">
                        {t('appointments.card.notToldYet')}
                      </Text>
                      {canWrite ? (
                        <Button
                          size="compact-xs"
                          variant="light"
                          ml="xs"
                          leftSection={<IconPhoneCheck size={14} aria-hidden />}
                          aria-label={t('appointments.card.markToldNamed', { party: partyName(party), label })}
                          onClick={() => onMarkTold(party)}
                        >
                          {t('appointments.card.markTold')}
                        </Button>
                      ) : null}
                    </>
                  )}
                </List.Item>
              ))}
            </List>
          ) : (
            t('appointments.card.nobodyToTell')
          )}
        </Fact>
        {!open ? (
          <Fact label={t('appointments.card.outcome')}>
            {appointment.cancelledBy ? <Text size="sm">{t('appointments.card.cancelledBy', { who: t(`appointments.canceller.${appointment.cancelledBy}`) })}</Text> : null}
            {appointment.outcomeNote ? <RecordText>{appointment.outcomeNote}</RecordText> : null}
            {appointment.followUpStarted ? <Text size="sm">{t('appointments.card.followUpStarted')}</Text> : null}
            {appointment.rescheduledToId ? (
              <Button size="compact-xs" variant="subtle" onClick={() => onShow(appointment.rescheduledToId as string)}>
                {t('appointments.card.showReplacement')}
              </Button>
            ) : null}
            <Text size="xs" c="dimmed">
              {t('appointments.card.outcomeBy', { name: staff(appointment.outcomeRecordedBy), time: appointment.outcomeRecordedAt ? when(appointment.outcomeRecordedAt) : '' })}
            </Text>
          </Fact>
        ) : null}
        {appointment.rescheduledFromId ? <Fact label={t('appointments.card.history')}>{t('appointments.card.rescheduledFrom')}</Fact> : null}
      </DataList>
    </RecordCard>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}
