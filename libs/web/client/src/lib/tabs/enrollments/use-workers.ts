import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { caseloadWorkersQuery } from './enrollment.operations';

export interface WorkerOption {
  value: string;
  label: string;
}

/**
 * The agency's case-carrying workers for a supervisor's picker, each with their whole
 * caseload so the choice can balance it. Only supervisors and admins may read caseloads.
 */
export function useWorkerOptions(enabled: boolean) {
  const { t } = useTranslation('client');
  const { data, loading, error, refetch } = useQuery(caseloadWorkersQuery, { skip: !enabled });
  const options: WorkerOption[] = (data?.caseloads ?? [])
    .filter(({ worker }) => worker.active)
    .map(({ worker, totalClients, highRiskClients }) => ({
      value: worker.id,
      label: t('tabs.enrollments.workerOption', { name: worker.displayName, count: totalClients, highRisk: highRiskClients }),
    }));
  return { options, loading, error, refetch };
}
