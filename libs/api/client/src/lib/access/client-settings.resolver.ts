import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, AllowSignedIn, PersonOnly } from '@waymark/api/common';
import { Role } from '@waymark/shared/types';
import { UpdateClientSettingsInput } from './client-settings.input';
import { ClientSettingsModel } from './client-settings.model';
import { ClientSettingsService } from './client-settings.service';

@Resolver()
export class ClientSettingsResolver {
  constructor(private readonly settings: ClientSettingsService) {}

  @Query(() => ClientSettingsModel, { description: "The agency's rules for client records" })
  @AllowSignedIn()
  clientSettings() {
    return this.settings.current();
  }

  @Mutation(() => ClientSettingsModel)
  @Allow(Role.ADMIN)
  // The agency's access rules for client records: a key must not loosen the rules that bound it.
  @PersonOnly()
  updateClientSettings(@Args('input') input: UpdateClientSettingsInput) {
    return this.settings.update(input);
  }
}
