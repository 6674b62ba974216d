import { useId, useState } from 'react';
import { Alert, Input, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { calendarDay, DOCUMENT_CONTENT_TYPES, DOCUMENT_TITLE_MAX_LENGTH, DOCUMENT_TYPES, DocumentType } from '@waymark/shared/types';
import { focusFirstInvalid } from '@waymark/web/core';
import { FormDialog } from '../shared/form-dialog';
import { textRule } from '../shared/validators';
import { DocumentRequestError, useDocumentHttp } from './document-http';
import { useDocumentErrorMessage } from './document-errors';
import { parseOwnerValue, useDocumentOwners } from './use-document-owners';

/** The attach-to choice for the client's own record. */
const CLIENT_RECORD = '';

/** What the upload form starts with: a consent's "Attach signed form" names the consent and the type. */
export interface UploadPreset {
  owner?: string;
  documentType?: DocumentType;
}

interface UploadValues {
  file: File | null;
  documentType: DocumentType;
  title: string;
  documentDate: string;
  expiresOn: string;
  owner: string;
}

/** The API's name of a refused field, as the form calls it. */
const FORM_FIELDS: Record<string, keyof UploadValues> = { ownerId: 'owner', ownerType: 'owner' };

/** The file's name without its extension: a title to start from. */
const titleFromFileName = (name: string) => name.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').trim();

/** Uploads a file to the client's record, or to one of its records, with its type, title and dates. */
export function UploadDocumentDialog({
  clientId,
  preset,
  onUploaded,
  onClose,
}: {
  clientId: string;
  preset?: UploadPreset;
  /** After the upload, for a caller that shows the record's documents (a consent's card) */
  onUploaded?: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('client');
  const http = useDocumentHttp();
  const apollo = useApolloClient();
  const describe = useDocumentErrorMessage();
  const owners = useDocumentOwners(clientId);
  const fileId = useId();
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const today = calendarDay(new Date());
  const form = useForm<UploadValues>({
    initialValues: { file: null, documentType: preset?.documentType ?? DocumentType.OTHER, title: '', documentDate: today, expiresOn: '', owner: preset?.owner ?? CLIENT_RECORD },
    validate: {
      file: (value) => (value ? null : t('documents.fileRequired')),
      title: textRule(t, DOCUMENT_TITLE_MAX_LENGTH, { required: true }),
      documentDate: (value) => (value ? null : t('tabs.validation.date')),
      expiresOn: (value, values) => (value && values.documentDate && value < values.documentDate ? t('documents.expiryBeforeDate') : null),
    },
  });

  const submit = form.onSubmit(async (values) => {
    if (!values.file) return;
    setError(null);
    setSending(true);
    try {
      const owner = parseOwnerValue(values.owner);
      await http.upload(
        {
          clientId,
          documentType: values.documentType,
          title: values.title.trim(),
          documentDate: values.documentDate,
          expiresOn: values.expiresOn,
          ownerType: owner?.ownerType,
          ownerId: owner?.ownerId,
        },
        values.file,
      );
    } catch (failure) {
      setSending(false);
      const fields = failure instanceof DocumentRequestError ? failure.fields.filter((f) => f.field !== 'file') : [];
      for (const field of fields) form.setFieldError(FORM_FIELDS[field.field] ?? field.field, t('tabs.validation.rejected'));
      if (!fields.length) setError(failure);
      return;
    }
    setSending(false);
    await apollo.refetchQueries({ include: ['ClientDocuments'] });
    onUploaded?.();
    notifications.show({ color: 'green', message: t('documents.uploaded', { title: values.title.trim() }) });
    onClose();
  }, focusFirstInvalid);

  const fileError = form.errors['file'];
  return (
    <FormDialog
      title={t('documents.uploadTitle')}
      submitLabel={t('documents.uploadSubmit')}
      loading={sending}
      onSubmit={submit}
      onClose={onClose}
    >
      <Input.Wrapper label={t('documents.file')} description={t('documents.fileHint')} error={fileError} required id={fileId}>
        <input
          id={fileId}
          type="file"
          data-autofocus
          accept={[...DOCUMENT_CONTENT_TYPES, '.heic', '.pdf', '.txt'].join(',')}
          aria-invalid={!!fileError}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0] ?? null;
            form.setFieldValue('file', file);
            if (file && !form.values.title.trim()) form.setFieldValue('title', titleFromFileName(file.name));
            setError(null);
          }}
          style={{ display: 'block', marginTop: 4 }}
        />
      </Input.Wrapper>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('documents.documentType')}
          required
          data={DOCUMENT_TYPES.map((type) => ({ value: type, label: t(`documents.type.${type}`) }))}
          {...form.getInputProps('documentType')}
        />
        <NativeSelect
          label={t('documents.attachTo')}
          description={owners.loading ? t('documents.ownersLoading') : undefined}
          data={[{ value: CLIENT_RECORD, label: t('documents.attachToClient') }, ...owners.groups]}
          {...form.getInputProps('owner')}
        />
      </SimpleGrid>
      <TextInput label={t('documents.documentTitle')} description={t('documents.documentTitleHint')} required maxLength={DOCUMENT_TITLE_MAX_LENGTH} {...form.getInputProps('title')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput type="date" label={t('documents.documentDate')} description={t('documents.documentDateHint')} required {...form.getInputProps('documentDate')} />
        <TextInput type="date" label={t('documents.expiresOn')} description={t('documents.expiresOnHint')} min={form.values.documentDate || undefined} {...form.getInputProps('expiresOn')} />
      </SimpleGrid>
      {error ? (
        <Alert color="red" variant="light" role="alert">
          {describe(error)}
        </Alert>
      ) : null}
    </FormDialog>
  );
}
