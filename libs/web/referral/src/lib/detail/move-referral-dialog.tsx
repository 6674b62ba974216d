import { Radio, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  isReferralAppointmentPast,
  isReferralReschedule,
  missingReferralMoveFields,
  REFERRAL_DECLINE_REASONS,
  MEDIUM_TEXT_MAX_LENGTH,
  REFERRAL_OUTCOMES,
  REFERRAL_STEP_NOTE_MAX_LENGTH,
  type ReferralDeclineReason,
  referralMoveNeedsNote,
  type ReferralOutcome,
  ReferralStatus,
  SHORT_TEXT_MAX_LENGTH,
} from '@waymark/shared/types';
import { FormDialog, fromLocalDateTime, optionalText, textRule, toLocalDateTime, useFormSubmit } from '@waymark/web/client';
import { useReferralErrorOverrides } from '../shared/referral-errors';
import type { MoveReferralFields } from './use-move-referral';

interface MoveValues extends Record<string, unknown> {
  note: string;
  declineReason: string | null;
  appointmentAt: string;
  appointmentLocation: string;
  outcome: string;
  outcomeNote: string;
}

/** The fields the API would refuse this move without: the same shared rule, asked of the form's values. */
function missingFields(to: ReferralStatus, values: MoveValues): string[] {
  return missingReferralMoveFields(to, {
    note: values.note,
    declineReason: values.declineReason,
    appointmentAt: fromLocalDateTime(values.appointmentAt),
    outcome: values.outcome,
  });
}

/**
 * One step of a referral, with what that step records: a decline its reason, a booking the
 * appointment's time and place, a completion its outcome, a cancel why; any step a note.
 */
export function MoveReferralDialog({
  to,
  from,
  current,
  onMove,
  onClose,
  onReload,
}: {
  to: ReferralStatus;
  /** Where the referral stands now: booking from SCHEDULED or NO_SHOW is a reschedule */
  from: ReferralStatus;
  /** The appointment already booked, shown when rescheduling */
  current: { appointmentAt?: string | null; appointmentLocation?: string | null };
  onMove: (fields: MoveReferralFields) => Promise<unknown>;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation('referral');
  const { t: tc } = useTranslation('client');
  const overrides = useReferralErrorOverrides();
  const form = useForm<MoveValues>({
    initialValues: {
      note: '',
      declineReason: null,
      appointmentAt: toLocalDateTime(current.appointmentAt),
      appointmentLocation: current.appointmentLocation ?? '',
      outcome: '',
      outcomeNote: '',
    },
    validate: {
      note: (value, values) => textRule(tc, REFERRAL_STEP_NOTE_MAX_LENGTH, { required: missingFields(to, values).includes('note') })(value),
      declineReason: (_value, values) => (missingFields(to, values).includes('declineReason') ? t('referral.move.required') : null),
      appointmentAt: (value, values) => {
        if (missingFields(to, values).includes('appointmentAt')) return t('referral.move.future');
        const at = fromLocalDateTime(value);
        return to === ReferralStatus.SCHEDULED && at && isReferralAppointmentPast(at, new Date()) ? t('referral.move.past') : null;
      },
      appointmentLocation: textRule(tc, SHORT_TEXT_MAX_LENGTH),
      outcome: (_value, values) => (missingFields(to, values).includes('outcome') ? t('referral.move.required') : null),
      outcomeNote: textRule(tc, MEDIUM_TEXT_MAX_LENGTH),
    },
  });
  const { submit, error } = useFormSubmit(
    form,
    (values) =>
      onMove({
        to,
        note: optionalText(values.note),
        declineReason: to === ReferralStatus.DECLINED ? (values.declineReason as ReferralDeclineReason) : null,
        appointmentAt: to === ReferralStatus.SCHEDULED ? fromLocalDateTime(values.appointmentAt) : null,
        appointmentLocation: to === ReferralStatus.SCHEDULED ? optionalText(values.appointmentLocation) : null,
        outcome: to === ReferralStatus.COMPLETED ? (values.outcome as ReferralOutcome) : null,
        outcomeNote: to === ReferralStatus.COMPLETED ? optionalText(values.outcomeNote) : null,
      }),
    { onDone: onClose },
  );
  const reschedule = isReferralReschedule(from, to);
  const title = reschedule ? t('referral.actions.RESCHEDULE') : t(`referral.move.title.${to}`);
  const required = referralMoveNeedsNote(to, form.values.declineReason);
  return (
    <FormDialog
      title={title}
      submitLabel={t(`referral.actions.${reschedule ? 'RESCHEDULE' : to}`)}
      color={to === ReferralStatus.DECLINED || to === ReferralStatus.CANCELLED ? 'red' : undefined}
      error={error}
      errorOverrides={overrides(error)}
      onSubmit={submit}
      onClose={onClose}
      onReload={() => {
        onReload();
        onClose();
      }}
    >
      <Stack gap="sm">
        {to === ReferralStatus.DECLINED ? (
          <Select
            label={t('referral.move.declineReason')}
            required
            data-autofocus
            allowDeselect={false}
            data={REFERRAL_DECLINE_REASONS.map((reason) => ({ value: reason, label: t(`referral.declineReason.${reason}`) }))}
            {...form.getInputProps('declineReason')}
          />
        ) : null}
        {to === ReferralStatus.SCHEDULED ? (
          <>
            <TextInput type="datetime-local" label={t('referral.move.appointmentAt')} required data-autofocus {...form.getInputProps('appointmentAt')} />
            <TextInput
              label={t('referral.move.appointmentLocation')}
              description={t('referral.move.appointmentLocationHint')}
              maxLength={SHORT_TEXT_MAX_LENGTH}
              {...form.getInputProps('appointmentLocation')}
            />
          </>
        ) : null}
        {to === ReferralStatus.COMPLETED ? (
          <>
            <Radio.Group label={t('referral.move.outcome')} required {...form.getInputProps('outcome')}>
              <Stack gap="xs" mt="xs">
                {REFERRAL_OUTCOMES.map((outcome) => (
                  <Radio key={outcome} value={outcome} label={t(`referral.outcome.${outcome}`)} />
                ))}
              </Stack>
            </Radio.Group>
            <Textarea label={t('referral.move.outcomeNote')} autosize minRows={2} maxLength={MEDIUM_TEXT_MAX_LENGTH} {...form.getInputProps('outcomeNote')} />
          </>
        ) : null}
        <Textarea
          label={required ? t('referral.move.noteRequired') : t('referral.move.note')}
          required={required}
          autosize
          minRows={2}
          maxLength={REFERRAL_STEP_NOTE_MAX_LENGTH}
          data-autofocus={to === ReferralStatus.CANCELLED || undefined}
          {...form.getInputProps('note')}
        />
      </Stack>
    </FormDialog>
  );
}
