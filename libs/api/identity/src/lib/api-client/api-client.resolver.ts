import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, PersonOnly } from '@waymark/api/common';
import { Role } from '@waymark/shared/types';
import { ApiClientConnection, ApiClientModel, ApiClientWithTokenModel } from './api-client.model';
import { ApiClientService } from './api-client.service';
import { ApiClientIdArgs, ApiClientsArgs } from './dto/api-clients.args';
import { ApiClientVersionInput } from './dto/api-client-version.input';
import { CreateApiClientInput } from './dto/create-api-client.input';

/** Agency admins manage API keys; a key never manages keys (PersonOnly), so a leaked one cannot mint more. */
@Resolver(() => ApiClientModel)
@Allow(Role.ADMIN)
@PersonOnly()
export class ApiClientResolver {
  constructor(private readonly clients: ApiClientService) {}

  @Query(() => ApiClientConnection, { name: 'apiClients', description: "The agency's API clients, newest first" })
  list(@Args() args: ApiClientsArgs) {
    return this.clients.list(args.withCriteria());
  }

  @Query(() => ApiClientModel)
  apiClient(@Args() { id }: ApiClientIdArgs) {
    return this.clients.get(id);
  }

  @Mutation(() => ApiClientWithTokenModel, { description: 'Create an API client; the answer carries its token, shown this once' })
  createApiClient(@Args('input') input: CreateApiClientInput) {
    return this.clients.create(input);
  }

  @Mutation(() => ApiClientWithTokenModel, { description: 'Replace the secret: the old token stops at once; the new one is shown this once' })
  rotateApiClientSecret(@Args('input') input: ApiClientVersionInput) {
    return this.clients.rotate(input);
  }

  @Mutation(() => ApiClientModel, { description: 'Stop an API client for good' })
  revokeApiClient(@Args('input') input: ApiClientVersionInput) {
    return this.clients.revoke(input);
  }
}
