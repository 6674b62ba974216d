import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, PersonOnly } from '@waymark/api/common';
import { Role } from '@waymark/shared/types';
import { ClientMergeService } from './client-merge.service';
import { ClientModel } from './client.model';
import { MergeClientsInput } from './dto/merge-clients.input';

@Resolver()
export class ClientMergeResolver {
  constructor(private readonly merges: ClientMergeService) {}

  @Mutation(() => ClientModel, { description: 'Fold a duplicate into the record that lives on; the duplicate stays as an alias. Returns the target' })
  @Allow(Role.SUPERVISOR, Role.ADMIN)
  // Deciding two records are one person is a person's judgment, and a wrong merge mixes two charts.
  @PersonOnly()
  mergeClients(@Args('input') input: MergeClientsInput) {
    return this.merges.merge(input);
  }
}
