import { Alert, Button, Group, Text } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Tells the person their unsaved input came back, and lets them throw it away. */
export function DraftNotice({ restored, onDiscard }: { restored: boolean; onDiscard: () => void }) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(restored);
  if (!visible) return null;
  return (
    <Alert color="blue" variant="light" icon={<IconRestore aria-hidden />} role="status">
      <Group justify="space-between" gap="sm">
        <Text size="sm">{t('draft.restored')}</Text>
        <Button
          size="xs"
          variant="subtle"
          onClick={() => {
            onDiscard();
            setVisible(false);
          }}
        >
          {t('draft.discard')}
        </Button>
      </Group>
    </Alert>
  );
}
