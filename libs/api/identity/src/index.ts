export { IdentityModule } from './lib/identity.module';
export { AgencyService } from './lib/agency/agency.service';
export type { NewAgency } from './lib/agency/new-agency';
export { UserService } from './lib/user/user.service';
