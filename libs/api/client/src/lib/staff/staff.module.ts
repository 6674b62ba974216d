import { Module } from '@nestjs/common';
import { IdentityModule } from '@waymark/api/identity';
import { StaffLoader } from './staff.loader';

/** Workers' names and roles, from the identity context. */
@Module({
  imports: [IdentityModule],
  providers: [StaffLoader],
  exports: [StaffLoader, IdentityModule],
})
export class StaffModule {}
