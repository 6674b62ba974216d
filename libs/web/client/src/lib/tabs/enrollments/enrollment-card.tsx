import { Accordion, DataList } from '@mantine/core';
import { IconUserShare } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ENROLLMENT_STATUS_TRANSITIONS, type EnrollmentStatus } from '@waymark/shared/types';
import type { EnrollmentFieldsFragment } from '@waymark/web/core';
import { useProfileExtensions } from '../../profile/profile-extensions';
import { formatCalendarDate } from '../../shared/format';
import { RecordAction, RecordCard } from '../../shared/record-card';
import { useRecordPermissions } from '../../shared/use-record-permissions';
import { AssignmentHistory } from './assignment-history';
import { EnrollmentStatusBadge } from './enrollment-status-badge';
import { TeamSection } from './team-section';

/** One enrollment: its status and the moves the status machine allows, its case manager, team and assignment history. */
export function EnrollmentCard({
  highlighted,
  enrollment,
  canWrite,
  isSupervisor,
  onChangeStatus,
  onAssign,
}: {
  highlighted?: boolean;
  enrollment: EnrollmentFieldsFragment;
  canWrite: boolean;
  isSupervisor: boolean;
  onChangeStatus: (to: EnrollmentStatus) => void;
  onAssign: () => void;
}) {
  const { t, i18n } = useTranslation('client');
  const date = (value: string | null | undefined) => formatCalendarDate(value, i18n.language);
  const program = enrollment.program.name;
  const open = enrollment.status !== 'CLOSED';
  // Intake enrolls; the case team moves an enrollment on (the API's changeEnrollmentStatus allows the same roles).
  const { movesEnrollments } = useRecordPermissions();
  const moves = canWrite && movesEnrollments ? ENROLLMENT_STATUS_TRANSITIONS[enrollment.status] : [];
  // What other features offer on an open enrollment (care planning: plan the discharge), for the case team.
  const { enrollmentActions } = useProfileExtensions();
  const offered = open && canWrite && movesEnrollments ? enrollmentActions : [];
  const subject = { id: enrollment.id, version: enrollment.version, status: enrollment.status, programName: program };
  const facts: Array<[label: string, value: string | null | undefined]> = [
    [t('tabs.enrollments.primaryCaseManager'), enrollment.primaryCaseManager?.displayName ?? t('tabs.enrollments.notAssigned')],
    [t('tabs.enrollments.openedOn'), date(enrollment.openedOn)],
    [t('tabs.enrollments.openReason'), enrollment.openReason],
    [t('tabs.enrollments.closedOn'), date(enrollment.closedOn)],
    [t('tabs.enrollments.closeReason'), enrollment.closeReason],
  ];
  return (
    <RecordCard
      recordId={enrollment.id}
      highlighted={highlighted}
      title={program}
      facts={enrollment.program.code}
      badges={<EnrollmentStatusBadge status={enrollment.status} />}
      actions={[
        ...moves.map((status) => (
          <RecordAction
            key={status}
            tone={status === 'CLOSED' ? 'danger' : undefined}
            label={t(`tabs.enrollments.moveTo.${status}`)}
            ariaLabel={t('tabs.enrollments.moveToNamed', { action: t(`tabs.enrollments.moveTo.${status}`), program })}
            onClick={() => onChangeStatus(status)}
          />
        )),
        ...offered.map((Action, index) => <Action key={`extension-${index}`} clientId={enrollment.clientId} enrollment={subject} />),
        isSupervisor && open ? (
          <RecordAction
            key="assign"
            icon={IconUserShare}
            label={enrollment.primaryCaseManager ? t('tabs.enrollments.reassign') : t('tabs.enrollments.assign')}
            ariaLabel={t('tabs.enrollments.assignNamed', { program })}
            onClick={onAssign}
          />
        ) : null,
      ]}
    >
      <DataList orientation="horizontal" labelWidth="11rem" gap="xs">
        {facts
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <DataList.Item key={label}>
              <DataList.ItemLabel>{label}</DataList.ItemLabel>
              <DataList.ItemValue>{value}</DataList.ItemValue>
            </DataList.Item>
          ))}
      </DataList>
      <Accordion variant="contained" chevronPosition="left" multiple>
        <Accordion.Item value="team">
          <Accordion.Control>{t('tabs.enrollments.teamTitle', { count: enrollment.team.length })}</Accordion.Control>
          <Accordion.Panel>
            <TeamSection enrollment={enrollment} canManage={isSupervisor} />
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="history">
          <Accordion.Control>{t('tabs.enrollments.historyTitle', { count: enrollment.assignments.length })}</Accordion.Control>
          <Accordion.Panel>
            <AssignmentHistory enrollment={enrollment} />
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </RecordCard>
  );
}
