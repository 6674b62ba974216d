import { Box, Group, Kbd, Modal, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ClientSearchPanel } from './client-search-panel';
import classes from './client-search.module.css';

/**
 * The header's search box: a field-like button that opens the client finder, also from
 * anywhere with "/" or Ctrl+K (⌘K).
 */
export function ClientSearch() {
  const { t } = useTranslation('client');
  const { t: tc } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  // "/" only outside fields, so it can still be typed; Ctrl+K works everywhere.
  useHotkeys([['/', open]]);
  useHotkeys([['mod+K', open]], []);
  return (
    <>
      <UnstyledButton
        className={classes.trigger}
        onClick={open}
        aria-haspopup="dialog"
        aria-keyshortcuts="/ Control+K"
        aria-label={t('search.open')}
      >
        <Group gap="xs" wrap="nowrap" miw={0} style={{ flex: 1 }}>
          <IconSearch size={16} aria-hidden />
          <Text size="sm" c="dimmed" className={classes.label}>
            {t('search.placeholder')}
          </Text>
          <Box className={classes.shortcut} aria-hidden ml="auto">
            <Kbd size="xs">/</Kbd>
          </Box>
        </Group>
      </UnstyledButton>
      <Modal
        opened={opened}
        onClose={close}
        title={t('search.title')}
        closeButtonProps={{ 'aria-label': tc('form.close') }}
        size="lg"
        yOffset="10vh"
      >
        <ClientSearchPanel onOpen={close} />
      </Modal>
    </>
  );
}
