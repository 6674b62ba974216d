import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { StaffLoader, StaffModel } from '@waymark/api/client';
import { AllowSignedIn, Idempotent } from '@waymark/api/common';
import { ResourceListDeliveriesLoader } from './delivery/resource-list-deliveries.loader';
import { ResourceListDeliveryModel } from './delivery/resource-list-delivery.model';
import { ResourceListDeliveryService } from './delivery/resource-list-delivery.service';
import { CreateResourceListInput } from './dto/create-resource-list.input';
import { DeliverResourceListInput } from './dto/deliver-resource-list.input';
import { ResourceListIdArgs } from './dto/resource-list-id.args';
import { ResourceListsArgs } from './dto/resource-lists.args';
import { ResourceListQueryService } from './resource-list-query.service';
import { ResourceListConnection, ResourceListModel } from './resource-list.model';
import { ResourceListService } from './resource-list.service';

/** Resource lists handed to clients. Who may read or make a client's lists is the client's access rules' call, per client. */
@Resolver(() => ResourceListModel)
export class ResourceListResolver {
  constructor(
    private readonly lists: ResourceListService,
    private readonly queries: ResourceListQueryService,
    private readonly deliveries: ResourceListDeliveryService,
    private readonly deliveriesOf: ResourceListDeliveriesLoader,
    private readonly staff: StaffLoader,
  ) {}

  @Query(() => ResourceListConnection, { description: "A client's resource lists, newest first" })
  @AllowSignedIn()
  clientResourceLists(@Args() args: ResourceListsArgs) {
    return this.queries.forClient(args);
  }

  @Query(() => ResourceListModel, { description: 'One resource list, as it was handed over' })
  @AllowSignedIn()
  resourceList(@Args() { id }: ResourceListIdArgs) {
    return this.queries.one(id);
  }

  @Mutation(() => ResourceListModel, { description: 'Make a resource list for a client from directory services, keeping what the directory says of each' })
  @AllowSignedIn()
  @Idempotent()
  createResourceList(@Args('input') input: CreateResourceListInput) {
    return this.lists.create(input);
  }

  @Mutation(() => ResourceListDeliveryModel, { description: 'Record that a list was printed, or send it by e-mail or text message; a send that fails is recorded as FAILED' })
  @AllowSignedIn()
  @Idempotent()
  deliverResourceList(@Args('input') input: DeliverResourceListInput) {
    return this.deliveries.deliver(input);
  }

  @ResolveField('deliveries', () => [ResourceListDeliveryModel])
  deliveriesField(@Parent() list: ResourceListModel) {
    return this.deliveriesOf.load(list.id);
  }

  @ResolveField('createdBy', () => StaffModel, { nullable: true })
  createdBy(@Parent() list: ResourceListModel) {
    return this.staff.load(list.createdById);
  }
}
