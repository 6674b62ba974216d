import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { StaffLoader } from '../staff/staff.loader';
import { StaffModel } from '../staff/staff.model';
import { FundEntryModel } from './fund.model';

@Resolver(() => FundEntryModel)
export class FundEntryResolver {
  constructor(private readonly staff: StaffLoader) {}

  @ResolveField('recordedBy', () => StaffModel, { nullable: true })
  recordedBy(@Parent() entry: FundEntryModel) {
    return this.staff.load(entry.recordedById);
  }
}
