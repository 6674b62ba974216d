import type { ReactNode } from 'react';
import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ActionError } from './action-error';
import { FormModal } from './form-modal';

/**
 * Asks before an act that cannot be undone (archive, sign, revoke, discard). `children` holds
 * the explanation and any field the act needs, such as a reason; the dialog is a form, so Enter confirms.
 */
export function ConfirmDialog({
  opened,
  title,
  confirmLabel,
  color = 'blue',
  loading,
  error,
  onConfirm,
  onClose,
  onReload,
  children,
}: {
  opened: boolean;
  title: string;
  confirmLabel: string;
  color?: string;
  loading?: boolean;
  error?: unknown;
  onConfirm: () => void;
  onClose: () => void;
  onReload?: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} title={title} size="md">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm();
        }}
      >
        <Stack gap="md">
          {children}
          <ActionError error={error} onReload={onReload} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" color={color} loading={loading}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}
