import { Anchor, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { IconBan, IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ConsentState } from '@waymark/shared/types';
import type { ConsentFieldsFragment } from '@waymark/web/core';
import { formatCalendarDate, formatDateTime } from '../../shared/format';
import { RecordBadge } from '../../shared/record-badge';
import { RecordAction, RecordCard, RecordFact } from '../../shared/record-card';
import { ConsentStateBadge } from './consent-state-badge';

/** One release of information: to whom, what, why, for how long, how it was signed. */
export function ConsentCard({
  highlighted,
  consent,
  state,
  canWrite,
  onRevoke,
  onAttachForm,
  attached,
}: {
  highlighted?: boolean;
  consent: ConsentFieldsFragment;
  /** Today's state, from the shared consentState rule */
  state: ConsentState;
  canWrite: boolean;
  onRevoke: () => void;
  /** Opens the upload of the signed form, attached to this consent */
  onAttachForm: () => void;
  /** The documents attached to it (its signed form), each linked to the Documents tab */
  attached: readonly { id: string; title: string }[];
}) {
  const { t, i18n } = useTranslation('client');
  const date = (value: string | null | undefined) => formatCalendarDate(value, i18n.language);
  return (
    <RecordCard
      recordId={consent.id}
      highlighted={highlighted}
      title={consent.recipientName}
      facts={t(`tabs.consents.recipientKind.${consent.recipientKind}`)}
      badges={<ConsentStateBadge state={state} />}
      actions={
        canWrite ? (
          <>
            <RecordAction
              icon={IconPaperclip}
              label={t('documents.attachSignedForm')}
              ariaLabel={t('documents.attachSignedFormNamed', { name: consent.recipientName })}
              onClick={onAttachForm}
            />
            {state === 'ACTIVE' || state === 'PENDING' ? (
              <RecordAction
                icon={IconBan}
                tone="danger"
                label={t('tabs.consents.revoke')}
                ariaLabel={t('tabs.consents.revokeNamed', { name: consent.recipientName })}
                onClick={onRevoke}
              />
            ) : null}
          </>
        ) : null
      }
    >
      <Group gap={4} wrap="wrap" aria-label={t('tabs.consents.categories')} role="list">
        {consent.categories.map((category) => (
          <RecordBadge key={category} variant="outline" color="gray" role="listitem">
            {t(`tabs.consents.category.${category}`)}
          </RecordBadge>
        ))}
      </Group>
      <RecordFact label={t('tabs.consents.purpose')}>{consent.purpose}</RecordFact>
      {attached.length ? (
        <RecordFact label={t('documents.attachedForms')}>
          {attached.map((document, i) => (
            <span key={document.id}>
              {i ? ', ' : ''}
              <Anchor component={Link} to={`/clients/${consent.clientId}/documents?item=${encodeURIComponent(document.id)}`} size="sm">
                {document.title}
              </Anchor>
            </span>
          ))}
        </RecordFact>
      ) : null}
      <Text size="sm">
        {consent.effectiveUntil
          ? t('tabs.consents.period', { from: date(consent.effectiveFrom), until: date(consent.effectiveUntil) })
          : t('tabs.consents.periodOpen', { from: date(consent.effectiveFrom) })}
      </Text>
      <Text size="sm" c="dimmed">
        {t('tabs.consents.signedHow', { method: t(`tabs.consents.signature.${consent.signatureMethod}`), date: date(consent.signedOn) })}
        {consent.documentReference ? ` · ${t('tabs.consents.documentShort', { reference: consent.documentReference })}` : ''}
        {consent.recordedBy ? ` · ${t('tabs.consents.recordedBy', { name: consent.recordedBy.displayName })}` : ''}
      </Text>
      {consent.revokedAt ? (
        <Text size="sm" c="red.8">
          {t('tabs.consents.revokedOn', { time: formatDateTime(consent.revokedAt, i18n.language) })}
          {consent.revokedBy ? ` (${consent.revokedBy.displayName})` : ''}
          {consent.revokedReason ? ` — ${consent.revokedReason}` : ''}
        </Text>
      ) : null}
    </RecordCard>
  );
}
