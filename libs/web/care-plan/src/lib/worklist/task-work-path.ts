import { TaskKind, TaskSubject } from '@waymark/shared/types';
import type { TaskItem } from './task-item';

export type TaskWork = 'assessments' | 'carePlan' | 'notes' | 'enrollment' | 'referral' | 'appointments' | 'training' | 'onCall' | 'chartAudit' | 'funds' | 'record';

/**
 * Where on the client's record the work a task asks for is done: an assessment is started on
 * the Assessments tab, plans are written, reviewed and approved on the Care plan tab (the plan
 * itself when the task names one), visits and follow-ups are documented as notes, a
 * referral's follow-up is done on the referral's page, an appointment's on the client's
 * Appointments tab, a refresher on the Care team tab, an after-hours call on the on-call page,
 * a corrective action on its chart audit, a fund request on the client's Funds tab, and an
 * emergency access is reviewed from the client's record.
 */
export function taskWork(task: Pick<TaskItem, 'kind' | 'client' | 'subjectType' | 'subjectId'>): { work: TaskWork; path: string } | null {
  const clientId = task.client?.id;
  if (!clientId) return null;
  const record = `/clients/${clientId}`;
  const plan = task.subjectType === TaskSubject.CARE_PLAN && task.subjectId ? `?item=${task.subjectId}` : '';
  switch (task.kind) {
    case TaskKind.ASSESSMENT_DUE:
      return { work: 'assessments', path: `${record}/assessments` };
    case TaskKind.PLAN_DUE:
    case TaskKind.IMPLEMENTATION_PLAN_DUE:
    case TaskKind.PLAN_REVIEW:
    case TaskKind.PLAN_APPROVAL:
    case TaskKind.QUARTERLY_MONITORING:
      return { work: 'carePlan', path: `${record}/care-plan${plan}` };
    case TaskKind.VISIT:
    case TaskKind.FOLLOW_UP:
      return { work: 'notes', path: `${record}/notes` };
    case TaskKind.REFERRAL_NO_ANSWER:
    case TaskKind.REFERRAL_APPOINTMENT_FOLLOW_UP:
      return task.subjectId ? { work: 'referral', path: `/referrals/${task.subjectId}` } : null;
    case TaskKind.APPOINTMENT_PREPARE:
    case TaskKind.APPOINTMENT_OUTCOME:
    case TaskKind.APPOINTMENT_MISSED:
      return { work: 'appointments', path: `${record}/appointments${task.subjectId ? `?item=${task.subjectId}` : ''}` };
    case TaskKind.TRAINING_REFRESHER:
      return { work: 'training', path: `${record}/care-team${task.subjectId ? `?item=${task.subjectId}` : ''}` };
    case TaskKind.ON_CALL_FOLLOW_UP:
      return task.subjectId ? { work: 'onCall', path: `/on-call?call=${task.subjectId}` } : null;
    case TaskKind.CORRECTIVE_ACTION:
      return task.subjectId ? { work: 'chartAudit', path: `/chart-audits/${task.subjectId}` } : null;
    case TaskKind.FUND_APPROVAL:
      return { work: 'funds', path: `${record}/funds${task.subjectId ? `?item=${task.subjectId}` : ''}` };
    case TaskKind.EMERGENCY_ACCESS_REVIEW:
      return { work: 'record', path: record };
    case TaskKind.MANUAL:
      if (plan) return { work: 'carePlan', path: `${record}/care-plan${plan}` };
      if (task.subjectType === TaskSubject.ENROLLMENT && task.subjectId) return { work: 'enrollment', path: `${record}/enrollments?item=${task.subjectId}` };
      return null;
  }
}
