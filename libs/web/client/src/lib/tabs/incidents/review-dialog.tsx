import { useState } from 'react';
import { Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LONG_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { getErrorInfo, type IncidentFieldsFragment } from '@waymark/web/core';
import { ConfirmDialog } from '../../shared/confirm-dialog';
import { textRule } from '../../shared/validators';
import { reviewIncidentMutation } from './incident.operations';

/** A supervisor reviews the report and signs it off with a note; after that it no longer changes. */
export function ReviewDialog({
  incident,
  onClose,
  onReload,
}: {
  incident: IncidentFieldsFragment;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation('client');
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [review, { loading }] = useMutation(reviewIncidentMutation, { refetchQueries: ['ClientIncidents'] });
  const confirm = async () => {
    const problem = textRule(t, LONG_TEXT_MAX_LENGTH, { required: true })(note);
    setNoteError(problem);
    if (problem) return;
    setError(null);
    try {
      await review({ variables: { input: { incidentId: incident.id, version: incident.version, reviewNote: note.trim() } } });
      notifications.show({ color: 'green', message: t('tabs.incidents.reviewed') });
      onClose();
    } catch (failure) {
      const info = getErrorInfo(failure);
      if (info.kind === 'BAD_USER_INPUT' && info.fields.some((f) => f.field.endsWith('reviewNote'))) setNoteError(t('tabs.validation.rejected'));
      else setError(failure);
    }
  };
  return (
    <ConfirmDialog
      opened
      title={t('tabs.incidents.reviewTitle')}
      confirmLabel={t('tabs.incidents.reviewSubmit')}
      loading={loading}
      error={error}
      onConfirm={() => void confirm()}
      onClose={onClose}
      onReload={() => {
        onReload();
        onClose();
      }}
    >
      <Text size="sm">{t('tabs.incidents.reviewText')}</Text>
      <Textarea
        label={t('tabs.incidents.reviewNote')}
        required
        autosize
        minRows={3}
        maxLength={LONG_TEXT_MAX_LENGTH}
        value={note}
        error={noteError}
        data-autofocus
        onChange={(event) => setNote(event.currentTarget.value)}
      />
    </ConfirmDialog>
  );
}
