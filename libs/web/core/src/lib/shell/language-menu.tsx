import { Box, Button, Menu } from '@mantine/core';
import { IconCheck, IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, SUPPORTED_LANGUAGES } from '../i18n/i18n';

/**
 * English / Español. The choice is saved in localStorage by the language detector. `compact`
 * shows the language code instead of its name on small screens (the app header).
 */
export function LanguageMenu({ withinPortal = true, compact = false }: { withinPortal?: boolean; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return (
    <Menu position="bottom-end" withinPortal={withinPortal}>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          leftSection={<IconLanguage size={18} aria-hidden />}
          aria-label={`${t('language.label')}: ${t(`language.${language}`)}`}
          px={compact ? 'xs' : undefined}
        >
          {compact ? (
            <>
              <Box component="span" visibleFrom="sm">
                {t(`language.${language}`)}
              </Box>
              <Box component="span" hiddenFrom="sm">
                {language.toUpperCase()}
              </Box>
            </>
          ) : (
            t(`language.${language}`)
          )}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('language.label')}</Menu.Label>
        {SUPPORTED_LANGUAGES.map((lng) => (
          <Menu.Item
            key={lng}
            lang={lng}
            aria-current={lng === language ? 'true' : undefined}
            rightSection={lng === language ? <IconCheck size={16} aria-hidden /> : null}
            onClick={() => void i18n.changeLanguage(lng)}
          >
            {t(`language.${lng}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
