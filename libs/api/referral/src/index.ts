export { ReferralsModule } from './lib/referrals.module';
