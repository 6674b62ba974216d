import { useId, useState } from 'react';
import { Alert, Input, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { calendarDay, DOCUMENT_CONTENT_TYPES, DOCUMENT_TITLE_MAX_LENGTH, DocumentOwnerType, DocumentType, FUND_AMOUNT_MAX_CENTS } from '@waymark/shared/types';
import { focusFirstInvalid, type FundRequestFieldsFragment } from '@waymark/web/core';
import { useDocumentErrorMessage } from '../documents/document-errors';
import { useDocumentHttp } from '../documents/document-http';
import { FormDialog } from '../shared/form-dialog';
import { AmountInput } from './amount-input';
import { attachFundReceiptMutation, FUND_QUERIES } from './fund.operations';
import { fundErrorOverrides } from './fund-errors';
import { amountRule, dollarsToCents, formatCents } from './money';

interface Values {
  file: File | null;
  amount: number | string;
  receiptDate: string;
}

/**
 * A receipt for a paid request: the file goes up as a RECEIPT document attached to the request
 * (the documents' own upload), then the amount it shows is recorded against the request. A
 * second try after a refused amount keeps the file already sent.
 */
export function AttachReceiptDialog({ request, onClose, onReload }: { request: FundRequestFieldsFragment; onClose: () => void; onReload: () => void }) {
  const { t, i18n } = useTranslation('client');
  const http = useDocumentHttp();
  const apollo = useApolloClient();
  const describeUpload = useDocumentErrorMessage();
  const [attach] = useMutation(attachFundReceiptMutation, { refetchQueries: FUND_QUERIES });
  const fileId = useId();
  const [sending, setSending] = useState(false);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const [attachError, setAttachError] = useState<unknown>(null);
  const [uploaded, setUploaded] = useState<{ file: File; id: string } | null>(null);
  const today = calendarDay(new Date());
  const form = useForm<Values>({
    initialValues: { file: null, amount: '', receiptDate: today },
    validate: {
      file: (value) => (value ? null : t('documents.fileRequired')),
      amount: amountRule(t('funds.amountRule', { max: formatCents(FUND_AMOUNT_MAX_CENTS, i18n.language) })),
      receiptDate: (value) => (!value ? t('funds.dateRule') : value > today ? t('funds.futureRule') : null),
    },
  });

  const submit = form.onSubmit(async (values) => {
    if (!values.file) return;
    setUploadError(null);
    setAttachError(null);
    setSending(true);
    let documentId = uploaded?.file === values.file ? uploaded.id : null;
    try {
      if (!documentId) {
        const title = t('funds.receiptDocumentTitle', { payee: request.payee }).slice(0, DOCUMENT_TITLE_MAX_LENGTH);
        documentId = (
          await http.upload(
            { clientId: request.clientId, documentType: DocumentType.RECEIPT, title, documentDate: values.receiptDate, ownerType: DocumentOwnerType.FUND_REQUEST, ownerId: request.id },
            values.file,
          )
        ).id;
        setUploaded({ file: values.file, id: documentId });
      }
    } catch (failure) {
      setSending(false);
      setUploadError(failure);
      return;
    }
    try {
      await attach({ variables: { input: { requestId: request.id, version: request.version, documentId, amountCents: dollarsToCents(values.amount) ?? 0 } } });
    } catch (failure) {
      setSending(false);
      setAttachError(failure);
      return;
    }
    setSending(false);
    await apollo.refetchQueries({ include: ['ClientDocuments'] });
    notifications.show({ color: 'green', message: t('funds.receiptAttached') });
    onClose();
  }, focusFirstInvalid);

  const fileError = form.errors['file'];
  return (
    <FormDialog
      title={t('funds.receiptTitle')}
      submitLabel={t('funds.attachReceipt')}
      loading={sending}
      error={attachError}
      errorOverrides={fundErrorOverrides(attachError, t)}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      <Input.Wrapper label={t('funds.receiptFile')} description={t('documents.fileHint')} error={fileError} required id={fileId}>
        <input
          id={fileId}
          type="file"
          data-autofocus
          accept={[...DOCUMENT_CONTENT_TYPES, '.heic', '.pdf'].join(',')}
          aria-invalid={!!fileError}
          onChange={(event) => {
            form.setFieldValue('file', event.currentTarget.files?.[0] ?? null);
            setUploadError(null);
          }}
          style={{ display: 'block', marginTop: 4 }}
        />
      </Input.Wrapper>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <AmountInput label={t('funds.receiptAmount')} {...form.getInputProps('amount')} />
        <TextInput type="date" label={t('funds.receiptDate')} required max={today} {...form.getInputProps('receiptDate')} />
      </SimpleGrid>
      {uploadError ? (
        <Alert color="red" variant="light" role="alert">
          {describeUpload(uploadError)}
        </Alert>
      ) : null}
    </FormDialog>
  );
}
