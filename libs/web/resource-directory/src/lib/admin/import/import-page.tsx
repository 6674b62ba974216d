import { Anchor } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DIRECTORY_IMPORTS_LISTED_DEFAULT } from '@waymark/shared/types';
import { ErrorState, LoadingState, Page } from '@waymark/web/core';
import { directoryImportQuery, directoryImportsQuery, importDirectoryMutation } from '../directory-admin.operations';
import { AdminSection } from '../shared/admin-section';
import { ImportForm, type ImportRequest } from './import-form';
import { ImportRun } from './import-run';
import { PastImports } from './past-imports';

/**
 * /admin/directory/import — load HSDS files into the agency's directory, follow the import as
 * it runs, read its report; past imports below. The import on screen is in the address
 * (`?import=`), so a reload or a shared link comes back to its report.
 */
export function DirectoryImportPage() {
  const { t } = useTranslation('directory');
  const [params, setParams] = useSearchParams();
  const currentId = params.get('import');
  const imports = useQuery(directoryImportsQuery, { variables: { first: DIRECTORY_IMPORTS_LISTED_DEFAULT }, fetchPolicy: 'cache-and-network' });
  // The started import is the first answer of its poll: its progress shows at once.
  const [importDirectory] = useMutation(importDirectoryMutation, {
    update: (cache, { data }) => {
      if (data) cache.writeQuery({ query: directoryImportQuery, variables: { id: data.importDirectory.id }, data: { directoryImport: data.importDirectory } });
    },
  });

  const start = async (request: ImportRequest) => {
    const { data } = await importDirectory({ variables: { input: request } });
    if (!data) return;
    setParams({ import: data.importDirectory.id });
    void imports.refetch();
  };

  return (
    <Page
      title={t('admin.import.title')}
      description={t('admin.import.description')}
      actions={
        <Anchor component={Link} to="/admin/directory">
          {t('admin.backToDirectory')}
        </Anchor>
      }
    >
      <AdminSection id="new-import-title" title={t('admin.import.newTitle')}>
        <ImportForm onStart={start} />
      </AdminSection>
      {currentId ? <ImportRun key={currentId} id={currentId} onFinished={() => void imports.refetch()} /> : null}
      <AdminSection id="past-imports-title" title={t('admin.imports.title')}>
        {imports.data ? (
          <PastImports imports={imports.data.directoryImports} currentId={currentId} />
        ) : imports.loading ? (
          <LoadingState label={t('admin.imports.loading')} />
        ) : (
          <ErrorState error={imports.error} onRetry={() => void imports.refetch()} />
        )}
      </AdminSection>
    </Page>
  );
}
