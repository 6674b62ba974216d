import { appointmentsEs } from './appointments-es';
import { assessmentEs } from './assessment-es';
import { careTeamEs } from './care-team-es';
import { dashboardEs } from './dashboard-es';
import { dischargeEs } from './discharge-es';
import { onCallEs } from './on-call-es';
import type { en } from './en';
import { planEs } from './plan-es';
import { progressEs } from './progress-es';
import { reportsEs } from './reports-es';
import { supervisionEs } from './supervision-es';
import { worklistEs } from './worklist-es';

/** Spanish texts of the care-plan feature (namespace `carePlan`). */
export const es: typeof en = {
  dashboard: dashboardEs,
  worklist: worklistEs,
  discharge: dischargeEs,
  assessment: assessmentEs,
  plan: planEs,
  progress: progressEs,
  appointments: appointmentsEs,
  careTeam: careTeamEs,
  onCall: onCallEs,
  supervision: supervisionEs,
  reports: reportsEs,
};
