export { IdentityModule } from './lib/identity.module';
export { AgencyService } from './lib/agency/agency.service';
export type { NewAgency } from './lib/agency/new-agency';
export { UserService, type StaffSummary } from './lib/user/user.service';
export { PartnerAgencyModel } from './lib/agency/partner-agency.model';
