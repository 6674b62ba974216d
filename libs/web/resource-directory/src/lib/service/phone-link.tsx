import { Anchor, Group, Text } from '@mantine/core';
import { IconPhone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface PhoneItem {
  number: string;
  extension?: string | null;
  description?: string | null;
}

/** A phone number that dials when tapped (a tablet in the field), its extension dialled too, with what it is for. */
export function PhoneLink({ phone }: { phone: PhoneItem }) {
  const { t } = useTranslation('directory');
  const digits = phone.number.replace(/[^\d+]/g, '');
  const extension = phone.extension?.replace(/\D/g, '');
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <IconPhone size={16} aria-hidden style={{ marginTop: 3 }} />
      <Text size="sm">
        <Anchor href={`tel:${digits}${extension ? `,${extension}` : ''}`}>
          {phone.number}
          {phone.extension ? ` ${t('search.service.extension', { extension: phone.extension })}` : ''}
        </Anchor>
        {phone.description ? (
          <Text span size="sm" c="dimmed">
            {' '}
            · {phone.description}
          </Text>
        ) : null}
      </Text>
    </Group>
  );
}
