import { useState } from 'react';
import { Alert, Button, Group, Menu, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown } from '@tabler/icons-react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CLIENT_STATUS_TRANSITIONS, ErrorReason, SHORT_TEXT_MAX_LENGTH, type ClientStatus } from '@waymark/shared/types';
import { getErrorInfo, useErrorMessage, type ClientProfileFieldsFragment } from '@waymark/web/core';
import { StatusBadge } from '../shared/client-badges';
import { changeClientStatusMutation } from './profile.operations';
import { evictClientLists } from '../shared/client-cache';

/** The client's status, and the moves the status machine allows from it (with a reason). */
export function StatusControl({ client, canChange }: { client: ClientProfileFieldsFragment; canChange: boolean }) {
  const { t } = useTranslation('client');
  const { t: tc } = useTranslation();
  const describeError = useErrorMessage();
  const [target, setTarget] = useState<ClientStatus | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [changeStatus, { loading }] = useMutation(changeClientStatusMutation, { update: evictClientLists });
  const next = CLIENT_STATUS_TRANSITIONS[client.status];
  const close = () => {
    setTarget(null);
    setReason('');
    setError(null);
  };
  const submit = async () => {
    if (!target) return;
    setError(null);
    try {
      await changeStatus({ variables: { input: { clientId: client.id, version: client.version, status: target, reason: reason.trim() || null } } });
      notifications.show({ color: 'green', message: t('statusChange.done', { name: client.displayName, status: t(`status.${target}`) }) });
      close();
    } catch (failure) {
      setError(failure);
    }
  };
  const info = error ? getErrorInfo(error) : null;

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
      <Modal
        opened={target !== null}
        onClose={close}
        title={target ? t('statusChange.title', { status: t(`status.${target}`) }) : ''}
        closeButtonProps={{ 'aria-label': tc('form.close') }}
        centered
      >
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <Stack gap="md">
            <Text size="sm">{target ? t('statusChange.text', { name: client.displayName, from: t(`status.${client.status}`), to: t(`status.${target}`) }) : null}</Text>
            {error ? (
              <Alert color={info?.kind === 'CONFLICT' ? 'yellow' : 'red'} variant="light" role="alert">
                {info?.reason === ErrorReason.ILLEGAL_TRANSITION
                  ? t('statusChange.illegal')
                  : describeError(error, { CONFLICT: t('profile.conflict') })}
              </Alert>
            ) : null}
            <Textarea
              label={t('statusChange.reason')}
              autosize
              minRows={2}
              maxLength={SHORT_TEXT_MAX_LENGTH}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              data-autofocus
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                {tc('form.cancel')}
              </Button>
              <Button type="submit" loading={loading}>
                {t('statusChange.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
