import { useId } from 'react';
import { NativeSelect, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ON_CALL_TIERS, type OnCallTier, shiftTimesProblem, ON_CALL_SHIFT_MAX_DAYS } from '@waymark/shared/types';
import { ErrorState, type OnCallShiftFieldsFragment } from '@waymark/web/core';
import { FormDialog, formatDateTime, fromLocalDateTime, optionalText, phoneRule, toLocalDateTime, useFormSubmit } from '@waymark/web/client';
import { createOnCallShiftMutation, onCallCandidatesQuery, updateOnCallShiftMutation } from './on-call.operations';
import { overlappingShift } from './shift-overlap-error';

type ShiftValues = { staffId: string; tier: string; startsAt: string; endsAt: string; phone: string };

/** What a new shift starts as: the evening of the day given, 17:00 to 08:00 the next morning. */
function eveningOf(day: Date): Pick<ShiftValues, 'startsAt' | 'endsAt'> {
  const start = new Date(day.getFullYear(), day.getMonth(), day.getDate(), 17);
  const end = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1, 8);
  return { startsAt: toLocalDateTime(start), endsAt: toLocalDateTime(end) };
}

/**
 * Adds a shift to the roster (`shift` null, starting on `day`) or changes one. A shift that
 * overlaps another of its tier is refused by the API; the form says whose and when, at the start.
 */
export function ShiftFormDialog({ shift, day, onClose }: { shift: OnCallShiftFieldsFragment | null; day: Date; onClose: () => void }) {
  const { t, i18n } = useTranslation('carePlan');
  const { t: tc } = useTranslation('client');
  const candidates = useQuery(onCallCandidatesQuery);
  const startsAtId = useId();
  const [create, created] = useMutation(createOnCallShiftMutation, { refetchQueries: ['OnCallRoster', 'OnCallNow'] });
  const [update, updated] = useMutation(updateOnCallShiftMutation, { refetchQueries: ['OnCallRoster', 'OnCallNow'] });
  const required = (value: string) => (value ? null : tc('tabs.validation.required'));
  const form = useForm<ShiftValues>({
    initialValues: shift
      ? { staffId: shift.staff?.id ?? '', tier: shift.tier, startsAt: toLocalDateTime(shift.startsAt), endsAt: toLocalDateTime(shift.endsAt), phone: shift.phone ?? '' }
      : { staffId: '', tier: 'PRIMARY', ...eveningOf(day), phone: '' },
    validate: {
      staffId: required,
      startsAt: (value) => (fromLocalDateTime(value) ? null : tc('tabs.validation.dateTime')),
      endsAt: (value, values) => {
        const [start, end] = [fromLocalDateTime(values.startsAt), fromLocalDateTime(value)];
        if (!end) return tc('tabs.validation.dateTime');
        if (!start) return null;
        const problem = shiftTimesProblem(new Date(start), new Date(end));
        return problem === 'endsBeforeStart' ? t('onCall.shift.endsBeforeStart') : problem === 'tooLong' ? t('onCall.shift.tooLong', { count: ON_CALL_SHIFT_MAX_DAYS }) : null;
      },
      phone: phoneRule(tc),
    },
  });
  // An overlap is said at the start, naming the shift in the way; the dialog stays open to move it.
  const { submit, error } = useFormSubmit(form, async (values) => {
    const fields = {
      staffId: values.staffId,
      tier: values.tier as OnCallTier,
      startsAt: fromLocalDateTime(values.startsAt) ?? '',
      endsAt: fromLocalDateTime(values.endsAt) ?? '',
      phone: optionalText(values.phone),
    };
    try {
      if (shift) await update({ variables: { input: { shiftId: shift.id, version: shift.version, ...fields } } });
      else await create({ variables: { input: fields } });
    } catch (failure) {
      const clash = overlappingShift(failure);
      if (!clash) throw failure;
      const message = t('onCall.shift.overlap', {
        name: clash.staffName,
        tier: t(`onCall.tier.${clash.tier}`),
        from: formatDateTime(clash.startsAt, i18n.language),
        to: formatDateTime(clash.endsAt, i18n.language),
      });
      form.setFieldError('startsAt', message);
      document.getElementById(startsAtId)?.focus();
      return;
    }
    notifications.show({ color: 'green', message: shift ? t('onCall.shift.saved') : t('onCall.shift.added') });
    onClose();
  });
  const options = (candidates.data?.onCallCandidates ?? []).map((worker) => ({ value: worker.id, label: worker.displayName }));
  if (shift?.staff && !options.some((option) => option.value === shift.staff?.id)) options.unshift({ value: shift.staff.id, label: shift.staff.displayName });
  return (
    <FormDialog
      title={shift ? t('onCall.shift.editTitle') : t('onCall.shift.addTitle')}
      submitLabel={shift ? t('onCall.shift.save') : t('onCall.shift.add')}
      loading={created.loading || updated.loading}
      error={error}
      errorOverrides={{ CONFLICT: t('onCall.shift.conflict') }}
      onSubmit={submit}
      onClose={onClose}
    >
      <Stack gap="md">
        {candidates.error ? <ErrorState error={candidates.error} onRetry={() => void candidates.refetch()} /> : null}
        <NativeSelect
          label={t('onCall.shift.staff')}
          required
          data-autofocus
          disabled={candidates.loading}
          data={[{ value: '', label: t('onCall.shift.chooseStaff'), disabled: true }, ...options]}
          {...form.getInputProps('staffId')}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="shift-tier-label">
            {t('onCall.shift.tier')}
          </Text>
          <SegmentedControl
            aria-labelledby="shift-tier-label"
            data={ON_CALL_TIERS.map((tier) => ({ value: tier, label: t(`onCall.tier.${tier}`) }))}
            {...form.getInputProps('tier')}
          />
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput id={startsAtId} type="datetime-local" label={t('onCall.shift.startsAt')} required {...form.getInputProps('startsAt')} />
          <TextInput type="datetime-local" label={t('onCall.shift.endsAt')} required {...form.getInputProps('endsAt')} />
        </SimpleGrid>
        <TextInput type="tel" label={t('onCall.shift.phone')} description={t('onCall.shift.phoneHint')} {...form.getInputProps('phone')} />
      </Stack>
    </FormDialog>
  );
}
