import type { FeatureResources } from '@waymark/web/core';
import { en } from './lib/i18n/en';
import { es } from './lib/i18n/es';

export { ClientsPage } from './lib/list/clients-page';
export { CaseloadPage } from './lib/list/caseload-page';
export { IntakeWizardPage } from './lib/intake/intake-wizard-page';
export { ClientProfilePage } from './lib/profile/client-profile-page';
export { ClientDashboard } from './lib/dashboard/client-dashboard';
export { IncidentReviewPage } from './lib/dashboard/incident-review-page';
export { ClientSearch } from './lib/search/client-search';
export { ConsentForm, type ConsentFormInitial } from './lib/tabs/consents/consent-form';
export { ClientPicker, clientPickerLabel, type ClientPickerProps } from './lib/picker/client-picker';
export { ProfileExtensionsProvider, type ProfileExtensionTab, type EnrollmentAction } from './lib/profile/profile-extensions';
export type { ClientTabProps } from './lib/tabs/tab-props';
export { CLIENT_CREATOR_ROLES, REVIEWER_ROLES } from './lib/shared/roles';

// The record's kit, for the tabs other features add (care planning): the same cards, lists and states.
export { TabSection } from './lib/shared/tab-section';
export { RecordList } from './lib/shared/record-list';
export { RecordAction, RecordCard, RecordFact, RecordText } from './lib/shared/record-card';
export { recordElementId, useItemFocus } from './lib/shared/use-item-focus';
export { FormDialog } from './lib/shared/form-dialog';
export { FormModal } from './lib/shared/form-modal';
export { ActionError } from './lib/shared/action-error';
export { useRecordPermissions } from './lib/shared/use-record-permissions';
export { formatCalendarDate, formatDateTime, formatTime } from './lib/shared/format';
export { fromLocalDateTime, toLocalDateTime } from './lib/shared/date-time-input';
export { endOfDay, startOfDay } from './lib/shared/date-time-input';
export { useFormSubmit } from './lib/shared/use-form-submit';
export { useRebasedForm } from './lib/shared/use-rebased-form';
export { FormActions } from './lib/shared/form-actions';
export { emailRule, optionalText, phoneRule, textRule } from './lib/shared/validators';
export { supervises } from './lib/shared/roles';
export { useWorkerOptions, type WorkerOption } from './lib/tabs/enrollments/use-workers';
export { EnrollmentStatusBadge } from './lib/tabs/enrollments/enrollment-status-badge';
export { RiskAndFlags } from './lib/shared/client-badges';

/** Translations of the client feature, registered by the app under `client`. */
export const clientResources: FeatureResources = { namespace: 'client', en, es };
