import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { StaffLoader, StaffModel } from '@waymark/api/client';
import { ResourceListDeliveryModel } from './resource-list-delivery.model';

/** Who handed a list over, named through the per-request StaffLoader. */
@Resolver(() => ResourceListDeliveryModel)
export class ResourceListDeliveryResolver {
  constructor(private readonly staff: StaffLoader) {}

  @ResolveField('deliveredBy', () => StaffModel, { nullable: true })
  deliveredBy(@Parent() delivery: ResourceListDeliveryModel) {
    return this.staff.load(delivery.deliveredById);
  }
}
