import { useState } from 'react';
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState, type OnCallShiftFieldsFragment } from '@waymark/web/core';
import { formatDateTime } from '@waymark/web/client';
import { addLocalDays, daysOfWeek, weekFromParam, weekParam } from './roster-week';
import { onCallRosterQuery } from './on-call.operations';
import { RemoveShiftDialog } from './remove-shift-dialog';
import { ShiftFormDialog } from './shift-form-dialog';

type Acting = { kind: 'add'; day: Date } | { kind: 'edit'; shift: OnCallShiftFieldsFragment } | { kind: 'remove'; shift: OnCallShiftFieldsFragment } | null;

/** One shift on a day's list: its tier, who, when and how to reach them; a manager's edit and remove. */
function ShiftRow({ shift, manage, onAct }: { shift: OnCallShiftFieldsFragment; manage: boolean; onAct: (acting: Acting) => void }) {
  const { t, i18n } = useTranslation('carePlan');
  const now = new Date();
  const name = shift.staff?.displayName ?? t('onCall.unknownWorker');
  return (
    <Group justify="space-between" wrap="wrap" gap="xs" component="li" data-testid="on-call-shift">
      <Group gap="xs" wrap="wrap">
        <Badge color={shift.tier === 'PRIMARY' ? 'teal' : 'gray'} variant="light">
          {t(`onCall.tier.${shift.tier}`)}
        </Badge>
        <Text fw={600}>{name}</Text>
        <Text size="sm">
          {formatDateTime(shift.startsAt, i18n.language)} – {formatDateTime(shift.endsAt, i18n.language)}
        </Text>
        {shift.phone ? <Text size="sm" c="dimmed">{shift.phone}</Text> : null}
      </Group>
      {manage ? (
        <Group gap="xs">
          {new Date(shift.endsAt) > now ? (
            <Button size="xs" variant="light" onClick={() => onAct({ kind: 'edit', shift })} aria-label={t('onCall.shift.editLabel', { name })}>
              {t('onCall.shift.edit')}
            </Button>
          ) : null}
          {new Date(shift.startsAt) > now ? (
            <Button size="xs" variant="subtle" color="red" onClick={() => onAct({ kind: 'remove', shift })} aria-label={t('onCall.shift.removeLabel', { name })}>
              {t('onCall.shift.remove')}
            </Button>
          ) : null}
        </Group>
      ) : null}
    </Group>
  );
}

/** The roster a week at a time (Monday first), a list per day; supervisors and admins add, change and remove shifts. */
export function RosterSection({ manage }: { manage: boolean }) {
  const { t, i18n } = useTranslation('carePlan');
  const [params, setParams] = useSearchParams();
  const monday = weekFromParam(params.get('week'));
  const nextMonday = addLocalDays(monday, 7);
  const { data, loading, error, refetch } = useQuery(onCallRosterQuery, { variables: { from: monday.toISOString(), to: nextMonday.toISOString() } });
  const [acting, setActing] = useState<Acting>(null);
  const goTo = (week: Date) => {
    const next = new URLSearchParams(params);
    next.set('week', weekParam(week));
    setParams(next, { replace: true });
  };
  const dayName = (day: Date) => new Intl.DateTimeFormat(i18n.language, { weekday: 'long', month: 'short', day: 'numeric' }).format(day);
  const shifts = data?.onCallRoster ?? [];
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="on-call-roster-heading">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={2} size="h4" id="on-call-roster-heading">
            {t('onCall.roster.title')}
          </Title>
          <Group gap="xs" wrap="wrap">
            <Button variant="default" size="sm" leftSection={<IconChevronLeft size={16} aria-hidden />} onClick={() => goTo(addLocalDays(monday, -7))}>
              {t('onCall.roster.previous')}
            </Button>
            <Text aria-live="polite" fw={500}>
              {t('onCall.roster.week', { from: dayName(monday), to: dayName(addLocalDays(monday, 6)) })}
            </Text>
            <Button variant="default" size="sm" rightSection={<IconChevronRight size={16} aria-hidden />} onClick={() => goTo(nextMonday)}>
              {t('onCall.roster.next')}
            </Button>
          </Group>
        </Group>
        {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
        {!data && loading ? <LoadingState label={t('onCall.roster.loading')} /> : null}
        {data ? (
          <Stack gap="sm">
            {daysOfWeek(monday, shifts).map(({ start, shifts: onDay }) => (
              <Stack key={start.toISOString()} gap={4} component="section" aria-label={dayName(start)}>
                <Group justify="space-between" gap="xs">
                  <Title order={3} size="h6">
                    {dayName(start)}
                  </Title>
                  {manage ? (
                    <Button size="xs" variant="subtle" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setActing({ kind: 'add', day: start })} aria-label={t('onCall.shift.addOn', { day: dayName(start) })}>
                      {t('onCall.shift.add')}
                    </Button>
                  ) : null}
                </Group>
                {onDay.length ? (
                  <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                    {onDay.map((shift) => (
                      <ShiftRow key={shift.id} shift={shift} manage={manage} onAct={setActing} />
                    ))}
                  </Stack>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('onCall.roster.noShifts')}
                  </Text>
                )}
              </Stack>
            ))}
          </Stack>
        ) : null}
      </Stack>
      {acting?.kind === 'add' ? <ShiftFormDialog shift={null} day={acting.day} onClose={() => setActing(null)} /> : null}
      {acting?.kind === 'edit' ? <ShiftFormDialog shift={acting.shift} day={new Date(acting.shift.startsAt)} onClose={() => setActing(null)} /> : null}
      {acting?.kind === 'remove' ? <RemoveShiftDialog shift={acting.shift} onClose={() => setActing(null)} /> : null}
    </Card>
  );
}
