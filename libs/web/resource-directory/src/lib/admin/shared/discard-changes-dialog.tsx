import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Asked when an edit dialog with unsaved changes is closed (Escape, the close button, Cancel):
 * keeping on editing is the default, so a stray Escape never loses what was typed.
 */
export function DiscardChangesDialog({ opened, onKeep, onDiscard }: { opened: boolean; onKeep: () => void; onDiscard: () => void }) {
  const { t } = useTranslation('directory');
  return (
    <Modal opened={opened} onClose={onKeep} title={t('admin.discard.title')} size="sm" centered zIndex={400}>
      <Text size="sm">{t('admin.discard.text')}</Text>
      <Group justify="flex-end" gap="sm" mt="md">
        <Button variant="default" color="red" onClick={onDiscard}>
          {t('admin.discard.discard')}
        </Button>
        <Button onClick={onKeep} data-autofocus>
          {t('admin.discard.keep')}
        </Button>
      </Group>
    </Modal>
  );
}
