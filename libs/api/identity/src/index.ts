export { IdentityModule } from './lib/identity.module';
export { AgencyService } from './lib/agency/agency.service';
export type { NewAgency } from './lib/agency/new-agency';
export { UserService, type StaffSummary } from './lib/user/user.service';
export { PartnerAgencyModel } from './lib/agency/partner-agency.model';
export { OperationScopes, type OperationRule } from './lib/api-client/operation-scopes';
export { FieldScopes } from './lib/api-client/field-scopes';
export { ApiCallers } from './lib/api-client/api-callers';
