import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, AllowSignedIn, Idempotent } from '@waymark/api/common';
import { CLIENT_WRITER_ROLES } from '@waymark/shared/types';
import { ClientVisibility } from '../access/client-visibility';
import { ClientIdentifierLoader } from './client-identifier.loader';
import { ClientIdentifierModel } from './client-identifier.model';
import { ClientStatusService } from './client-status.service';
import { ClientModel } from './client.model';
import { ClientService } from './client.service';
import { ChangeClientStatusInput } from './dto/change-client-status.input';
import { ClientArgs } from './dto/client.args';
import { CreateClientInput } from './dto/create-client.input';
import { UpdateClientInput } from './dto/update-client.input';

@Resolver(() => ClientModel)
export class ClientResolver {
  constructor(
    private readonly clients: ClientService,
    private readonly statuses: ClientStatusService,
    private readonly identifierLoader: ClientIdentifierLoader,
    private readonly visibility: ClientVisibility,
  ) {}

  @Query(() => ClientModel, { description: "A client's record; every read is audited. A merged record comes back with mergedIntoId set" })
  @AllowSignedIn()
  client(@Args() { id, accessReason }: ClientArgs) {
    return this.clients.get(id, accessReason);
  }

  @Mutation(() => ClientModel, { description: 'Take a client in (INQUIRY or INTAKE), with the next client number' })
  @Allow(...CLIENT_WRITER_ROLES)
  @Idempotent()
  createClient(@Args('input') input: CreateClientInput) {
    return this.clients.create(input);
  }

  @Mutation(() => ClientModel)
  @Allow(...CLIENT_WRITER_ROLES)
  updateClient(@Args('input') input: UpdateClientInput) {
    return this.clients.update(input);
  }

  @Mutation(() => ClientModel, { description: 'Move a client to a status CLIENT_STATUS_TRANSITIONS allows; others are ILLEGAL_TRANSITION' })
  @Allow(...CLIENT_WRITER_ROLES)
  changeClientStatus(@Args('input') input: ChangeClientStatusInput) {
    return this.statuses.change(input);
  }

  @ResolveField(() => [ClientIdentifierModel], { description: 'Masked; see revealClientIdentifier. Empty for a client listed or matched that the caller may not open' })
  async identifiers(@Parent() client: ClientModel) {
    return (await this.visibility.mayDetail(client.id)) ? this.identifierLoader.load(client.id) : [];
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller may change this record now' })
  mayChange(@Parent() client: ClientModel): Promise<boolean> {
    return this.visibility.mayChange(client.id);
  }
}
