import { useCallback, useState } from 'react';
import { Button } from '@mantine/core';
import { IconArrowLeft, IconLock, IconUserQuestion } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorReason, Role } from '@waymark/shared/types';
import { ErrorState, getErrorInfo, LoadingState, NoticePage, useSessionState } from '@waymark/web/core';
import { AccessReasonDialog } from './access-reason-dialog';
import { EmergencyAccessNotice } from './emergency-access/emergency-access-notice';
import { ClientProfile } from './client-profile';
import { clientProfileQuery } from './profile.operations';
import { useProfileExtensions } from './profile-extensions';
import { allTabs } from './profile-tabs';

function BackToClients() {
  const { t } = useTranslation('client');
  return (
    <Button component={Link} to="/clients" leftSection={<IconArrowLeft size={16} aria-hidden />}>
      {t('profile.backToClients')}
    </Button>
  );
}

/**
 * /clients/:id/:tab — the client's record. A client outside the worker's caseload opens
 * after they give a reason (recorded); a merged record leads to the one it was merged into.
 */
export function ClientProfilePage() {
  const { id = '', tab } = useParams();
  const { t } = useTranslation('client');
  const navigate = useNavigate();
  const { user } = useSessionState();
  const [accessReason, setAccessReason] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(clientProfileQuery, { variables: { id, accessReason } });
  const client = data?.client;
  const reload = useCallback(() => void refetch(), [refetch]);
  const info = error && !client ? getErrorInfo(error) : null;
  const tabs = allTabs(useProfileExtensions().tabs);

  if (tab && !tabs.includes(tab)) return <Navigate to={`/clients/${id}`} replace />;
  if (info && (info.kind === 'NOT_FOUND' || info.kind === 'BAD_USER_INPUT')) {
    return <NoticePage title={t('profile.notFoundTitle')} description={t('profile.notFound')} icon={<IconUserQuestion aria-hidden />} action={<BackToClients />} />;
  }
  if (info?.kind === 'FORBIDDEN' && info.reason === ErrorReason.ACCESS_REASON_REQUIRED) {
    return <AccessReasonDialog onSubmit={setAccessReason} onCancel={() => navigate('/clients')} />;
  }
  if (info?.kind === 'FORBIDDEN' && info.reason === ErrorReason.EMERGENCY_ACCESS_AVAILABLE) {
    return <EmergencyAccessNotice clientId={id} onOpened={reload} />;
  }
  if (info?.kind === 'FORBIDDEN') {
    const caseManager = user?.role === Role.CASE_MANAGER;
    return (
      <NoticePage
        title={caseManager ? t('profile.forbiddenTitle') : t('profile.noAccessTitle')}
        description={caseManager ? t('profile.forbidden') : t('profile.noAccess')}
        icon={<IconLock aria-hidden />}
        action={<BackToClients />}
      />
    );
  }
  if (client && (client.mergedIntoId || client.id !== id)) {
    const target = client.mergedIntoId ?? client.id;
    return <Navigate to={`/clients/${target}${tab ? `/${tab}` : ''}`} replace state={{ mergedFrom: client.clientNumber }} />;
  }
  if (!client) return loading ? <LoadingState /> : <ErrorState error={error} onRetry={() => void refetch()} />;
  return <ClientProfile client={client} tab={tab ?? 'timeline'} onReload={reload} />;
}
