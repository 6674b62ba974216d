import { Radio, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DIRECTORY_DESCRIPTION_MAX_LENGTH, DIRECTORY_NAME_MAX_LENGTH, DirectoryVisibility, todayIsoDate } from '@waymark/shared/types';
import { emailRule, textRule } from '@waymark/web/client';
import type { OrganizationRecord } from '../model';
import { EditDialog } from '../shared/edit-dialog';
import { urlRule } from '../shared/rules';

export type OrganizationValues = {
  name: string;
  alternateName: string;
  description: string;
  website: string;
  email: string;
  visibility: DirectoryVisibility;
  lastVerifiedOn: string;
};

function organizationValues(organization: OrganizationRecord | null): OrganizationValues {
  return {
    name: organization?.name ?? '',
    alternateName: organization?.alternateName ?? '',
    description: organization?.description ?? '',
    website: organization?.website ?? '',
    email: organization?.email ?? '',
    visibility: organization?.visibility ?? DirectoryVisibility.SHARED,
    lastVerifiedOn: organization?.lastVerifiedOn ?? '',
  };
}

/** Adds an organization the agency keeps, or edits one: names, what it does, how to reach it, who sees it, when it was last checked. */
export function OrganizationDialog({
  organization,
  save,
  onClose,
  onReload,
}: {
  organization: OrganizationRecord | null;
  save: (all: OrganizationValues, changed: Partial<OrganizationValues>) => Promise<unknown>;
  onClose: () => void;
  onReload?: () => void;
}) {
  const { t } = useTranslation('directory');
  const { t: clientT } = useTranslation('client');
  return (
    <EditDialog
      title={organization ? t('admin.organization.editTitle', { name: organization.name }) : t('admin.organization.newTitle')}
      submitLabel={organization ? undefined : t('admin.organization.create')}
      values={organizationValues(organization)}
      version={organization?.version ?? 0}
      validate={{
        name: textRule(clientT, DIRECTORY_NAME_MAX_LENGTH, { required: true }),
        alternateName: textRule(clientT, DIRECTORY_NAME_MAX_LENGTH),
        description: textRule(clientT, DIRECTORY_DESCRIPTION_MAX_LENGTH),
        website: (value: string) => textRule(clientT, DIRECTORY_NAME_MAX_LENGTH)(value) ?? urlRule(t)(value),
        email: emailRule(clientT),
      }}
      save={save}
      onClose={onClose}
      onReload={onReload}
    >
      {(form) => (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput label={t('admin.organization.name')} required data-autofocus maxLength={DIRECTORY_NAME_MAX_LENGTH} {...form.getInputProps('name')} />
            <TextInput label={t('admin.organization.alternateName')} maxLength={DIRECTORY_NAME_MAX_LENGTH} {...form.getInputProps('alternateName')} />
          </SimpleGrid>
          <Textarea label={t('admin.organization.description')} autosize minRows={3} maxRows={10} maxLength={DIRECTORY_DESCRIPTION_MAX_LENGTH} {...form.getInputProps('description')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput label={t('admin.organization.website')} type="url" placeholder="https://" maxLength={DIRECTORY_NAME_MAX_LENGTH} {...form.getInputProps('website')} />
            <TextInput label={t('admin.organization.email')} type="email" {...form.getInputProps('email')} />
          </SimpleGrid>
          <Radio.Group label={t('admin.organizations.visibility')} {...form.getInputProps('visibility')}>
            <Stack gap="xs" mt="xs">
              <Radio value={DirectoryVisibility.SHARED} label={t('admin.visibility.SHARED')} description={t('admin.visibility.SHARED_hint')} />
              <Radio value={DirectoryVisibility.PRIVATE} label={t('admin.visibility.PRIVATE')} description={t('admin.visibility.PRIVATE_hint')} />
            </Stack>
          </Radio.Group>
          <TextInput type="date" label={t('admin.lastVerifiedOn')} description={t('admin.lastVerifiedHint')} max={todayIsoDate()} w={{ base: '100%', sm: 240 }} {...form.getInputProps('lastVerifiedOn')} />
        </Stack>
      )}
    </EditDialog>
  );
}
