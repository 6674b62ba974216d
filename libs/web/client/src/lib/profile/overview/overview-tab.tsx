import { SimpleGrid, Stack } from '@mantine/core';
import type { ClientProfileFieldsFragment } from '@waymark/web/core';
import { useRecordPermissions } from '../../shared/use-record-permissions';
import { CareCard } from './care-card';
import { IdentifiersCard } from './identifiers-card';
import { PersonCard } from './person-card';

/** Who the client is, why they came, and their identifiers; each part editable in place. */
export function OverviewTab({ client, onReload }: { client: ClientProfileFieldsFragment; onReload: () => void }) {
  const { canWrite: canEdit } = useRecordPermissions();
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
      <PersonCard client={client} canEdit={canEdit} onReload={onReload} />
      <Stack gap="lg">
        <CareCard client={client} canEdit={canEdit} onReload={onReload} />
        <IdentifiersCard client={client} canEdit={canEdit} onReload={onReload} />
      </Stack>
    </SimpleGrid>
  );
}
