import { useState } from 'react';
import { Anchor, Badge, Button, Group } from '@mantine/core';
import { IconArrowLeft, IconClipboardX } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AssessmentStatus } from '@waymark/shared/types';
import { ErrorState, getErrorInfo, LoadingState, NoticePage, Page } from '@waymark/web/core';
import { useRecordPermissions } from '@waymark/web/client';
import { AssessmentResult } from './assessment-result';
import { AssessmentRunner } from './assessment-runner';
import { ComparisonDialog } from './comparison-dialog';
import { CorrectDialog } from './correct-dialog';
import { hasEarlier } from './assessment-history';
import { assessmentClientQuery, assessmentQuery, clientAssessmentsQuery } from './assessment.operations';

/**
 * /clients/:id/assessments/:assessmentId — an assessment in progress opens in the runner for
 * those who may change the client; a completed one (or one the reader may only read) shows
 * its result.
 */
export function AssessmentPage() {
  const { id = '', assessmentId = '' } = useParams();
  const { t } = useTranslation('carePlan');
  const navigate = useNavigate();
  const { canWrite } = useRecordPermissions();
  const { data, loading, error, refetch } = useQuery(assessmentQuery, { variables: { id: assessmentId }, notifyOnNetworkStatusChange: true });
  // The name on the page, and whether this reader may change the client (a record opened with a reason is read-only).
  const client = useQuery(assessmentClientQuery, { variables: { id } }).data?.client;
  // The client's list (cached from the record's tab) says whether there is an earlier one to compare with.
  const history = useQuery(clientAssessmentsQuery, { variables: { clientId: id } }).data?.clientAssessments;
  const [comparing, setComparing] = useState(false);
  const [correcting, setCorrecting] = useState(false);
  /** Completed on this screen: the result takes focus, where the runner was */
  const [completedHere, setCompletedHere] = useState(false);
  const assessment = data?.assessment;
  const listPath = `/clients/${id}/assessments${assessment ? `?item=${assessment.id}` : ''}`;
  const back = (
    <Button component={Link} to={listPath} variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />}>
      {t('assessment.page.back')}
    </Button>
  );

  if (!assessment) {
    const kind = error ? getErrorInfo(error).kind : null;
    if (kind === 'NOT_FOUND' || kind === 'BAD_USER_INPUT') {
      return <NoticePage title={t('assessment.page.notFoundTitle')} description={t('assessment.page.notFound')} icon={<IconClipboardX aria-hidden />} action={back} />;
    }
    return (
      <Page title={t('assessment.page.loadingTitle')}>
        {loading ? <LoadingState label={t('assessment.page.loading')} /> : <ErrorState error={error} onRetry={() => void refetch()} />}
      </Page>
    );
  }
  if (assessment.clientId !== id) return <Navigate to={`/clients/${assessment.clientId}/assessments/${assessment.id}`} replace />;

  const mayChange = canWrite && client?.mayChange !== false;
  const running = assessment.status === AssessmentStatus.IN_PROGRESS && mayChange;
  return (
    <Page
      title={assessment.instrument.name}
      description={
        <Group gap="xs" component="span">
          <Anchor component={Link} to={`/clients/${id}`}>
            {client?.displayName ?? t('assessment.page.theClient')}
          </Anchor>
          <Badge component="span" variant="light" color={assessment.status === AssessmentStatus.COMPLETED ? 'green' : assessment.status === AssessmentStatus.IN_PROGRESS ? 'blue' : 'gray'}>
            {t(`assessment.status.${assessment.status}`)}
          </Badge>
        </Group>
      }
      actions={back}
    >
      {running ? (
        <AssessmentRunner
          key={assessment.id}
          assessment={assessment}
          onReload={() => void refetch()}
          onCompleted={() => setCompletedHere(true)}
          onDiscarded={() => navigate(`/clients/${id}/assessments`)}
        />
      ) : (
        <AssessmentResult
          assessment={assessment}
          focusOnOpen={completedHere}
          mayCorrect={mayChange}
          onCompare={history && hasEarlier(history, assessment) ? () => setComparing(true) : null}
          onCorrect={() => setCorrecting(true)}
        />
      )}
      {comparing ? <ComparisonDialog assessment={assessment} onClose={() => setComparing(false)} /> : null}
      {correcting ? <CorrectDialog assessment={assessment} onClose={() => setCorrecting(false)} /> : null}
    </Page>
  );
}
