export { IdentityModule } from './lib/identity.module';
export { AgencyService, type NewAgency } from './lib/agency/agency.service';
export { UserService } from './lib/user/user.service';
