import { appointmentsEn } from './appointments-en';
import { assessmentEn } from './assessment-en';
import { careTeamEn } from './care-team-en';
import { dashboardEn } from './dashboard-en';
import { dischargeEn } from './discharge-en';
import { onCallEn } from './on-call-en';
import { planEn } from './plan-en';
import { progressEn } from './progress-en';
import { reportsEn } from './reports-en';
import { supervisionEn } from './supervision-en';
import { worklistEn } from './worklist-en';

/** English texts of the care-plan feature (namespace `carePlan`), one key per area. */
export const en = {
  dashboard: dashboardEn,
  worklist: worklistEn,
  discharge: dischargeEn,
  assessment: assessmentEn,
  plan: planEn,
  progress: progressEn,
  appointments: appointmentsEn,
  careTeam: careTeamEn,
  onCall: onCallEn,
  supervision: supervisionEn,
  reports: reportsEn,
};
