import type { ReactNode } from 'react';
import { DataList, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Label–value pairs; an empty value reads "Not recorded". */
export function FactList({ facts }: { facts: Array<[label: string, value: ReactNode]> }) {
  const { t } = useTranslation('client');
  return (
    <DataList size="sm" labelWidth={180} withDivider>
      {facts.map(([label, value]) => (
        <DataList.Item key={label}>
          <DataList.ItemLabel>{label}</DataList.ItemLabel>
          <DataList.ItemValue style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>
            {value === null || value === undefined || value === '' ? (
              <Text span size="sm" c="dimmed">
                {t('overview.notRecorded')}
              </Text>
            ) : (
              value
            )}
          </DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
