import type { FeatureResources } from '@waymark/web/core';
import { en } from './lib/i18n/en';
import { es } from './lib/i18n/es';

export { CareDashboard } from './lib/dashboard/care-dashboard';
export { WorklistPage } from './lib/worklist/worklist-page';
export { DischargeWizardPage } from './lib/discharge/discharge-wizard-page';
export { careProfileExtensions } from './lib/shared/profile-extensions';

export { assessmentTab } from './lib/assessment/assessment-tab-extension';
export { AssessmentPage } from './lib/assessment/assessment-page';
export { InstrumentsPage } from './lib/assessment/instruments-page';
export { InstrumentPage } from './lib/assessment/instrument-page';

export { appointmentsTab } from './lib/appointments/appointments-tab-extension';
export { CalendarPage } from './lib/appointments/calendar-page';
export { OnCallPage } from './lib/on-call/on-call-page';
export { OnCallNowPanel } from './lib/on-call/on-call-now-panel';
export { SupervisionPage } from './lib/supervision/supervision-page';

export { carePlanTab } from './lib/plan/care-plan-tab-extension';
export { careTeamTab } from './lib/care-team/care-team-tab-extension';
export { CarePlanPrintPage } from './lib/plan/care-plan-print-page';
export { CarePlansPage } from './lib/plan/care-plans-page';

export { ReportsPage } from './lib/reports/reports-page';

/** Translations of the care-plan feature, registered by the app under `carePlan`. */
export const carePlanResources: FeatureResources = { namespace: 'carePlan', en, es };
