import { useEffect, useRef } from 'react';
import { Button, Group, MultiSelect, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconSearch } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  EMAIL_MAX_LENGTH,
  MEDIUM_TEXT_MAX_LENGTH,
  PHONE_MAX_LENGTH,
  PROVIDER_NAME_MAX_LENGTH,
  REFERRAL_NEEDS_MAX,
  REFERRAL_NOTE_MAX_LENGTH,
  REFERRAL_REASON_MAX_LENGTH,
  REFERRAL_URGENCIES,
} from '@waymark/shared/types';
import { ActionError, ClientPicker, clientPickerLabel, emailRule, phoneRule, textRule, useFormSubmit } from '@waymark/web/client';
import { useReferralErrorOverrides } from '../shared/referral-errors';
import { ReferralSection } from '../shared/referral-section';
import { EnrollmentField, useReferralClient } from './client-fields';
import { ConsentPanel, useReferralConsent } from './consent-panel';
import type { ReferralValues } from './referral-values';
import { ServiceSummary, useReferralService } from './service-summary';
import { useTaxonomy } from './use-taxonomy';

/** The API names a provider's fields under `provider`; the form keeps them flat. */
const PROVIDER_ALIASES = {
  'provider.name': 'providerName',
  'provider.phone': 'providerPhone',
  'provider.email': 'providerEmail',
  'provider.address': 'providerAddress',
} as const;

/**
 * A referral being written: whom (and from which open enrollment), to whom (the directory
 * service it came from, or a provider typed in), why, the needs, how urgently and a note for
 * the receiver. When the service's organization is an agency on Waymark the consent check
 * shows what it will see, and Send waits for a consent in force. Save keeps a draft.
 */
export function ReferralForm({
  serviceId,
  initialValues,
  lockedClient,
  cancelTo,
  onSave,
}: {
  serviceId: string | null;
  initialValues: ReferralValues;
  /** A draft's client and enrollment, which no longer change */
  lockedClient?: { name: string };
  cancelTo: string;
  onSave: (values: ReferralValues, send: boolean) => Promise<unknown>;
}) {
  const { t } = useTranslation('referral');
  const { t: tc } = useTranslation('client');
  const overrides = useReferralErrorOverrides();
  const form = useForm<ReferralValues>({
    initialValues,
    validate: {
      clientId: (value) => (value ? null : t('referral.form.validation.client')),
      enrollmentId: (value) => (value ? null : t('referral.form.validation.enrollment')),
      // Without a service from the directory, the referral needs a provider typed in.
      target: (value) => (value === 'service' && !serviceId ? t('referral.form.validation.receiver') : null),
      providerName: (value, values) => textRule(tc, PROVIDER_NAME_MAX_LENGTH, { required: values.target === 'provider' })(value),
      providerPhone: phoneRule(tc),
      providerEmail: emailRule(tc),
      providerAddress: textRule(tc, MEDIUM_TEXT_MAX_LENGTH),
      reason: textRule(tc, REFERRAL_REASON_MAX_LENGTH, { required: true }),
      needs: (value) => (value.length > REFERRAL_NEEDS_MAX ? t('referral.form.validation.needsMax', { count: REFERRAL_NEEDS_MAX }) : null),
      noteForReceiver: textRule(tc, REFERRAL_NOTE_MAX_LENGTH),
    },
  });
  const referralClient = useReferralClient(lockedClient ? null : form.values.clientId);
  const { openEnrollments } = referralClient;
  const onlyEnrollment = openEnrollments.length === 1 ? openEnrollments[0].id : null;
  useEffect(() => {
    if (!lockedClient && onlyEnrollment && !form.values.enrollmentId) form.setFieldValue('enrollmentId', onlyEnrollment);
    // Only when the client's enrollments arrive.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [onlyEnrollment]);

  const referralService = useReferralService(serviceId);
  const { service } = referralService;
  const toService = !!serviceId && form.values.target === 'service';
  const agency = toService ? referralService.agency : null;
  const serviceNeeds = service?.categories.map((category) => category.code).slice(0, REFERRAL_NEEDS_MAX).join(' ');
  useEffect(() => {
    // A new referral starts with the needs the service meets; the worker takes off what does not apply.
    if (!lockedClient && serviceNeeds && !form.values.needs.length && !form.isTouched('needs')) form.setFieldValue('needs', serviceNeeds.split(' '));
    // Only when the service arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [serviceNeeds]);
  const consent = useReferralConsent(form.values.clientId, agency);
  const taxonomy = useTaxonomy();
  const sending = useRef(false);
  const { submit, error } = useFormSubmit(form, (values) => onSave(values, sending.current), { aliases: PROVIDER_ALIASES });
  const receiverName = toService ? (service?.name ?? '') : form.values.providerName.trim();
  const sendBlocked = !!agency && !consent.state.allowed;
  const findServices = `/directory${form.values.clientId ? `?clientId=${encodeURIComponent(form.values.clientId)}` : ''}`;

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="lg" maw={760}>
        <ReferralSection id="form-client" title={t('referral.form.clientSection')} framed={false}>
          {lockedClient ? (
            <Text fw={600}>{lockedClient.name}</Text>
          ) : (
            <>
              <ClientPicker
                required
                value={form.values.clientId}
                selectedLabel={referralClient.client ? clientPickerLabel(referralClient.client) : undefined}
                error={form.errors['clientId'] as string | undefined}
                onChange={(clientId) => {
                  form.setFieldValue('clientId', clientId);
                  form.setFieldValue('enrollmentId', null);
                }}
              />
              {form.values.clientId ? (
                <EnrollmentField
                  referralClient={referralClient}
                  value={form.values.enrollmentId}
                  error={form.errors['enrollmentId'] as string | undefined}
                  onChange={(enrollmentId) => form.setFieldValue('enrollmentId', enrollmentId)}
                />
              ) : null}
            </>
          )}
        </ReferralSection>

        <ReferralSection id="form-receiver" title={t('referral.form.receiver')} framed={false}>
          <SegmentedControl
            value={form.values.target}
            onChange={(value) => form.setFieldValue('target', value as ReferralValues['target'])}
            data={[
              { value: 'service', label: t('referral.form.fromDirectory') },
              { value: 'provider', label: t('referral.form.byHand') },
            ]}
            aria-label={t('referral.form.receiver')}
            fullWidth
          />
          {form.values.target === 'service' ? (
            serviceId ? (
              <ServiceSummary referralService={referralService} findServices={findServices} />
            ) : (
              <Stack gap="xs" align="flex-start">
                <Text size="sm" c={form.errors['target'] ? 'red' : 'dimmed'} role={form.errors['target'] ? 'alert' : undefined}>
                  {form.errors['target'] ?? t('referral.form.chooseService')}
                </Text>
                <Button component={Link} to={findServices} variant="light" leftSection={<IconSearch size={16} aria-hidden />}>
                  {t('referral.form.findService')}
                </Button>
              </Stack>
            )
          ) : (
            <Stack gap="sm">
              <TextInput label={t('referral.form.providerName')} required maxLength={PROVIDER_NAME_MAX_LENGTH} {...form.getInputProps('providerName')} />
              <Group grow align="flex-start" wrap="wrap">
                <TextInput label={t('referral.form.providerPhone')} type="tel" maxLength={PHONE_MAX_LENGTH} miw={200} {...form.getInputProps('providerPhone')} />
                <TextInput label={t('referral.form.providerEmail')} type="email" maxLength={EMAIL_MAX_LENGTH} miw={200} {...form.getInputProps('providerEmail')} />
              </Group>
              <TextInput label={t('referral.form.providerAddress')} maxLength={MEDIUM_TEXT_MAX_LENGTH} {...form.getInputProps('providerAddress')} />
            </Stack>
          )}
        </ReferralSection>

        <ReferralSection id="form-details" title={t('referral.page.details')} framed={false}>
          <Textarea
            label={t('referral.form.reason')}
            description={t('referral.form.reasonHint')}
            required
            autosize
            minRows={3}
            maxLength={REFERRAL_REASON_MAX_LENGTH}
            {...form.getInputProps('reason')}
          />
          <MultiSelect
            label={t('referral.form.needs')}
            description={t('referral.form.needsHint', { count: REFERRAL_NEEDS_MAX })}
            searchable
            clearable
            maxValues={REFERRAL_NEEDS_MAX}
            data={taxonomy.options}
            nothingFoundMessage={t('referral.form.needsNone')}
            {...form.getInputProps('needs')}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="referral-form-urgency">
              {t('referral.form.urgency')}
            </Text>
            <SegmentedControl
              aria-labelledby="referral-form-urgency"
              data={REFERRAL_URGENCIES.map((urgency) => ({ value: urgency, label: t(`referral.urgency.${urgency}`) }))}
              {...form.getInputProps('urgency')}
            />
          </Stack>
          <Textarea
            label={t('referral.form.noteForReceiver')}
            description={t('referral.form.noteHint')}
            autosize
            minRows={2}
            maxLength={REFERRAL_NOTE_MAX_LENGTH}
            {...form.getInputProps('noteForReceiver')}
          />
        </ReferralSection>

        {agency || receiverName ? <ConsentPanel clientId={form.values.clientId} agency={agency} receiverName={receiverName} consent={consent} /> : null}

        <ActionError error={error} overrides={overrides(error)} />
        <Stack gap={4} align="flex-end">
          <Group justify="flex-end" gap="sm">
            <Button component={Link} to={cancelTo} variant="default">
              {t('referral.form.cancel')}
            </Button>
            <Button type="submit" variant="light" loading={form.submitting && !sending.current} onClick={() => (sending.current = false)}>
              {t('referral.form.saveDraft')}
            </Button>
            <Button
              type="submit"
              disabled={sendBlocked || consent.state.checking}
              loading={form.submitting && sending.current}
              onClick={() => (sending.current = true)}
              aria-describedby={sendBlocked ? 'referral-send-blocked' : undefined}
            >
              {t('referral.form.send')}
            </Button>
          </Group>
          {sendBlocked && agency ? (
            <Text size="sm" c="red" id="referral-send-blocked">
              {t('referral.form.sendBlocked', { agency: agency.name })}
            </Text>
          ) : null}
        </Stack>
      </Stack>
    </form>
  );
}
