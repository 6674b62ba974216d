import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '@waymark/api/common';
import { Role } from '@waymark/shared/types';
import { ClientMergeService } from './client-merge.service';
import { ClientModel } from './client.model';
import { MergeClientsInput } from './dto/merge-clients.input';

@Resolver()
export class ClientMergeResolver {
  constructor(private readonly merges: ClientMergeService) {}

  @Mutation(() => ClientModel, { description: 'Fold a duplicate into the record that lives on; the duplicate stays as an alias. Returns the target' })
  @Allow(Role.SUPERVISOR, Role.ADMIN)
  mergeClients(@Args('input') input: MergeClientsInput) {
    return this.merges.merge(input);
  }
}
