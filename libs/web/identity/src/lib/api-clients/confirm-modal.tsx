import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface Confirmation {
  title: string;
  body: string;
  confirm: string;
  danger?: boolean;
  onConfirm: () => void;
}

/** Asks before a step that cannot be undone (revoking a key, replacing its secret). */
export function ConfirmModal({ confirmation, onClose }: { confirmation: Confirmation | null; onClose: () => void }) {
  const { t } = useTranslation('apiClients');
  return (
    <Modal opened={!!confirmation} onClose={onClose} title={confirmation?.title}>
      <Stack gap="md">
        <Text size="sm">{confirmation?.body}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('cancel')}
          </Button>
          <Button
            color={confirmation?.danger ? 'red' : undefined}
            onClick={() => {
              confirmation?.onConfirm();
              onClose();
            }}
          >
            {confirmation?.confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
