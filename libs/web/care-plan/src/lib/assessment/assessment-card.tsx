import { Badge, Text } from '@mantine/core';
import { IconArrowsDiff, IconClipboardText, IconPencilCheck, IconPlayerPlay } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AssessmentStatus } from '@waymark/shared/types';
import type { AssessmentListFieldsFragment } from '@waymark/web/core';
import { formatCalendarDate, formatDateTime, RecordAction, RecordCard, RecordFact } from '@waymark/web/client';
import { NeedList, ScoreSummary } from './assessment-findings';

const STATUS_COLOR: Record<AssessmentStatus, string> = {
  IN_PROGRESS: 'blue',
  COMPLETED: 'green',
  SUPERSEDED: 'gray',
};

/**
 * One assessment in the client's list: the instrument, where it stands, when it was done and
 * is next due, its scores and the needs it found; continue it, open it, compare it with the
 * previous one, or correct it.
 */
export function AssessmentCard({
  assessment,
  highlighted,
  mayChange,
  hasPrevious,
  onCompare,
  onCorrect,
}: {
  assessment: AssessmentListFieldsFragment;
  highlighted: boolean;
  mayChange: boolean;
  /** An earlier completed assessment of the same instrument is on the list */
  hasPrevious: boolean;
  onCompare: () => void;
  onCorrect: () => void;
}) {
  const { t, i18n } = useTranslation('carePlan');
  const navigate = useNavigate();
  const language = i18n.language;
  const name = assessment.instrument.name;
  const inProgress = assessment.status === AssessmentStatus.IN_PROGRESS;
  const open = () => navigate(`/clients/${assessment.clientId}/assessments/${assessment.id}`);
  const facts = inProgress
    ? t('assessment.card.started', { date: formatDateTime(assessment.createdAt, language), who: assessment.startedBy?.displayName ?? t('assessment.card.unknownWorker') })
    : t('assessment.card.completed', {
        date: formatCalendarDate(assessment.completedOn, language),
        who: assessment.completedBy?.displayName ?? t('assessment.card.unknownWorker'),
      });

  return (
    <RecordCard
      recordId={assessment.id}
      title={name}
      facts={facts}
      highlighted={highlighted}
      badges={
        <>
          <Badge color={STATUS_COLOR[assessment.status]} variant="light">
            {t(`assessment.status.${assessment.status}`)}
          </Badge>
          {assessment.correctsId ? (
            <Badge color="grape" variant="light">
              {t('assessment.card.correction')}
            </Badge>
          ) : null}
        </>
      }
      actions={[
        inProgress && mayChange ? (
          <RecordAction key="continue" tone="main" icon={IconPlayerPlay} label={t('assessment.actions.continue')} ariaLabel={t('assessment.actions.continueNamed', { name })} onClick={open} />
        ) : (
          <RecordAction key="open" icon={IconClipboardText} label={t('assessment.actions.open')} ariaLabel={t('assessment.actions.openNamed', { name })} onClick={open} />
        ),
        !inProgress && hasPrevious ? (
          <RecordAction key="compare" icon={IconArrowsDiff} label={t('assessment.actions.compare')} ariaLabel={t('assessment.actions.compareNamed', { name })} onClick={onCompare} />
        ) : null,
        assessment.status === AssessmentStatus.COMPLETED && mayChange ? (
          <RecordAction key="correct" icon={IconPencilCheck} label={t('assessment.actions.correct')} ariaLabel={t('assessment.actions.correctNamed', { name })} onClick={onCorrect} />
        ) : null,
      ]}
    >
      {assessment.nextDueOn ? <RecordFact label={t('assessment.result.nextDue')}>{formatCalendarDate(assessment.nextDueOn, language)}</RecordFact> : null}
      {assessment.correctionReason ? <RecordFact label={t('assessment.result.correctionReason')}>{assessment.correctionReason}</RecordFact> : null}
      {inProgress ? (
        <Text size="sm">
          {assessment.missingRequired.length
            ? t('assessment.card.requiredLeft', { count: assessment.missingRequired.length })
            : t('assessment.card.readyToComplete')}
        </Text>
      ) : (
        <>
          <ScoreSummary scores={assessment.scores} />
          {assessment.needs.length ? <NeedList needs={assessment.needs} /> : <Text size="sm" c="dimmed">{t('assessment.findings.noNeeds')}</Text>}
        </>
      )}
    </RecordCard>
  );
}
