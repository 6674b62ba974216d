import { useState } from 'react';
import { Button, Group, Menu, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconChevronDown } from '@tabler/icons-react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CLIENT_STATUS_TRANSITIONS, ErrorReason, SHORT_TEXT_MAX_LENGTH, type ClientStatus } from '@waymark/shared/types';
import { getErrorInfo, type ClientProfileFieldsFragment } from '@waymark/web/core';
import { StatusBadge } from '../shared/client-badges';
import { evictClientLists } from '../shared/client-cache';
import { FormDialog } from '../shared/form-dialog';
import { useFormSubmit } from '../shared/use-form-submit';
import { changeClientStatusMutation } from './profile.operations';

/** The client's status, and the moves the status machine allows from it (with a reason). */
export function StatusControl({ client, canChange }: { client: ClientProfileFieldsFragment; canChange: boolean }) {
  const { t } = useTranslation('client');
  const [target, setTarget] = useState<ClientStatus | null>(null);
  const [changeStatus, { loading }] = useMutation(changeClientStatusMutation, { update: evictClientLists });
  const next = CLIENT_STATUS_TRANSITIONS[client.status];
  const form = useForm({ initialValues: { reason: '' } });
  const { submit, error, clearError } = useFormSubmit(
    form,
    async ({ reason }) => {
      if (!target) return;
      await changeStatus({ variables: { input: { clientId: client.id, version: client.version, status: target, reason: reason.trim() || null } } });
      notifications.show({ color: 'green', message: t('statusChange.done', { name: client.displayName, status: t(`status.${target}`) }) });
    },
    { onDone: () => close() },
  );
  const close = () => {
    setTarget(null);
    form.reset();
    clearError();
  };
  const illegal = !!error && getErrorInfo(error).reason === ErrorReason.ILLEGAL_TRANSITION;

  if (!canChange || !next.length) {
    return (
      <Group gap={6}>
        <Text size="sm" fw={600}>
          {t('header.status')}:
        </Text>
        <StatusBadge status={client.status} />
      </Group>
    );
  }
  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default" rightSection={<IconChevronDown size={16} aria-hidden />} aria-label={t('statusChange.menu', { status: t(`status.${client.status}`) })}>
            <Group gap={6} wrap="nowrap">
              <Text span size="sm" fw={600}>
                {t('header.status')}:
              </Text>
              <StatusBadge status={client.status} />
            </Group>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('statusChange.label')}</Menu.Label>
          {next.map((status) => (
            <Menu.Item key={status} onClick={() => setTarget(status)}>
              {t(`statusChange.to.${status}`, { defaultValue: t(`status.${status}`) })}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <FormDialog
        opened={target !== null}
        title={target ? t('statusChange.title', { status: t(`status.${target}`) }) : ''}
        submitLabel={t('statusChange.submit')}
        loading={loading}
        error={error}
        errorOverrides={{ CONFLICT: t('profile.conflict'), ...(illegal ? { BAD_USER_INPUT: t('statusChange.illegal') } : {}) }}
        onSubmit={submit}
        onClose={close}
      >
        <Text size="sm">{target ? t('statusChange.text', { name: client.displayName, from: t(`status.${client.status}`), to: t(`status.${target}`) }) : null}</Text>
        <Textarea label={t('statusChange.reason')} autosize minRows={2} maxLength={SHORT_TEXT_MAX_LENGTH} data-autofocus {...form.getInputProps('reason')} />
      </FormDialog>
    </>
  );
}
