import { SimpleGrid, Stack } from '@mantine/core';
import { CASELOAD_ROLES } from '@waymark/shared/types';
import { useSessionState } from '@waymark/web/core';
import { ApprovalsPanel } from './approvals-panel';
import { CaseloadNextTasksPanel } from './caseload-next-tasks-panel';
import { MyTasksPanel } from './my-tasks-panel';
import { OverdueByWorkerPanel } from './overdue-by-worker-panel';
import { WorkGlance } from './work-glance';
import { carriesTasks, overseesWork } from '../worklist/task-roles';

/**
 * The morning view of care work on the dashboard: my day in numbers, my tasks and, for those
 * with a caseload, each client's next task; for supervisors also the plans awaiting approval
 * and who is behind. Auditors carry no tasks.
 */
export function CareDashboard() {
  const { user } = useSessionState();
  const role = user?.role;
  if (!role || !carriesTasks(role)) return null;
  return (
    <Stack gap="md">
      <WorkGlance withCaseload={CASELOAD_ROLES.includes(role)} />
      <MyTasksPanel />
      {CASELOAD_ROLES.includes(role) ? <CaseloadNextTasksPanel /> : null}
      {overseesWork(role) ? (
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          <ApprovalsPanel />
          <OverdueByWorkerPanel />
        </SimpleGrid>
      ) : null}
    </Stack>
  );
}
