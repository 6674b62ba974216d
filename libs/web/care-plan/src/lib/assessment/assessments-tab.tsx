import { useState } from 'react';
import { Stack } from '@mantine/core';
import { IconClipboardCheck, IconClipboardPlus } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { AssessmentListFieldsFragment } from '@waymark/web/core';
import { RecordList, TabSection, useItemFocus, useRecordPermissions, type ClientTabProps } from '@waymark/web/client';
import { AssessmentCard } from './assessment-card';
import { hasEarlier } from './assessment-history';
import { ComparisonDialog } from './comparison-dialog';
import { CorrectDialog } from './correct-dialog';
import { StartDialog } from './start-dialog';
import { clientAssessmentsQuery } from './assessment.operations';

/** The client's assessments, newest first: start one, continue one in progress, open, compare or correct a completed one. */
export function AssessmentsTab({ client }: ClientTabProps) {
  const { t } = useTranslation('carePlan');
  const { canWrite } = useRecordPermissions();
  const { data, loading, error, refetch } = useQuery(clientAssessmentsQuery, { variables: { clientId: client.id }, fetchPolicy: 'cache-and-network' });
  const list = data?.clientAssessments;
  const item = useItemFocus(!!list);
  const [starting, setStarting] = useState(false);
  const [comparing, setComparing] = useState<AssessmentListFieldsFragment | null>(null);
  const [correcting, setCorrecting] = useState<AssessmentListFieldsFragment | null>(null);

  return (
    <TabSection
      id="assessments"
      title={t('assessment.tab.title')}
      description={canWrite ? t('assessment.tab.description') : t('assessment.tab.descriptionReadOnly')}
      action={canWrite ? { icon: IconClipboardPlus, label: t('assessment.tab.start'), onClick: () => setStarting(true) } : null}
    >
      <RecordList
        total={list?.length}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        loadingLabel={t('assessment.tab.loading')}
        countLabel={t('assessment.tab.count', { count: list?.length ?? 0 })}
        empty={{
          icon: <IconClipboardCheck aria-hidden />,
          title: t('assessment.tab.emptyTitle'),
          description: canWrite ? t('assessment.tab.emptyText') : t('assessment.tab.emptyTextReadOnly'),
        }}
      >
        <Stack gap="sm">
          {list?.map((assessment) => (
            <AssessmentCard
              key={assessment.id}
              assessment={assessment}
              highlighted={assessment.id === item}
              mayChange={canWrite}
              hasPrevious={hasEarlier(list, assessment)}
              onCompare={() => setComparing(assessment)}
              onCorrect={() => setCorrecting(assessment)}
            />
          ))}
        </Stack>
      </RecordList>
      {starting ? <StartDialog clientId={client.id} onClose={() => setStarting(false)} /> : null}
      {comparing ? <ComparisonDialog assessment={comparing} onClose={() => setComparing(null)} /> : null}
      {correcting ? <CorrectDialog assessment={correcting} onClose={() => setCorrecting(null)} /> : null}
    </TabSection>
  );
}
