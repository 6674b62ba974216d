import { Anchor, Badge } from '@mantine/core';
import { IconNotes } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { EmergencyCallFieldsFragment } from '@waymark/web/core';
import { formatCalendarDate, formatDateTime, RecordAction, RecordCard, RecordFact, RecordText } from '@waymark/web/client';

const SEVERITY_COLOR: Record<string, string> = { LOW: 'gray', MODERATE: 'yellow', HIGH: 'red' };

/** One call of the emergency log: who called about whom, what happened and was done, and its follow-up. */
export function CallCard({ call, highlighted, onFollowUp }: { call: EmergencyCallFieldsFragment; highlighted: boolean; onFollowUp: (() => void) | null }) {
  const { t, i18n } = useTranslation('carePlan');
  const relation = t(`onCall.relation.${call.callerRelation}`);
  const awaiting = call.followUpNeeded && !call.followedUpAt;
  return (
    <RecordCard
      recordId={call.id}
      highlighted={highlighted}
      title={t('onCall.call.title', { name: call.callerName, relation })}
      facts={t('onCall.call.facts', { when: formatDateTime(call.receivedAt, i18n.language), worker: call.takenBy?.displayName ?? t('onCall.unknownWorker') })}
      badges={
        <>
          <Badge color={SEVERITY_COLOR[call.severity]} variant="light">
            {t(`onCall.severity.${call.severity}`)}
          </Badge>
          {awaiting ? <Badge color="orange">{t('onCall.call.awaitingFollowUp')}</Badge> : null}
          {call.followedUpAt ? <Badge color="teal" variant="light">{t('onCall.call.followedUp')}</Badge> : null}
        </>
      }
      actions={onFollowUp ? <RecordAction icon={IconNotes} tone="main" label={t('onCall.followUp.action')} ariaLabel={t('onCall.followUp.actionLabel', { name: call.callerName })} onClick={onFollowUp} /> : null}
    >
      <RecordFact label={t('onCall.call.client')}>
        {call.client ? (
          <Anchor component={Link} to={`/clients/${call.client.id}`}>
            {call.client.displayName} ({call.client.clientNumber})
          </Anchor>
        ) : call.clientId ? (
          t('onCall.call.clientHidden')
        ) : (
          t('onCall.call.noClient')
        )}
      </RecordFact>
      {call.callerPhone ? <RecordFact label={t('onCall.call.callerPhone')}>{call.callerPhone}</RecordFact> : null}
      <RecordFact label={t('onCall.call.whatHappened')}>
        <RecordText>{call.whatHappened}</RecordText>
      </RecordFact>
      <RecordFact label={t('onCall.call.actionTaken')}>
        <RecordText>{call.actionTaken}</RecordText>
      </RecordFact>
      {call.followUpNeeded ? (
        <RecordFact label={t('onCall.call.followUp')}>
          {t('onCall.call.followUpBy', {
            worker: call.followUpAssignee?.displayName ?? t('onCall.call.supervisorsQueue'),
            date: formatCalendarDate(call.followUpDueOn, i18n.language),
          })}
        </RecordFact>
      ) : null}
      {call.followUpNote ? (
        <RecordFact label={t('onCall.call.followUpNote', { worker: call.followedUpBy?.displayName ?? '', when: formatDateTime(call.followedUpAt, i18n.language) })}>
          <RecordText>{call.followUpNote}</RecordText>
        </RecordFact>
      ) : null}
    </RecordCard>
  );
}
