import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '@waymark/api/common';
import { CLIENT_WRITER_ROLES } from '@waymark/shared/types';
import { ClientIdentifierService } from './client-identifier.service';
import { RevealedIdentifierModel } from './client-identifier.model';
import { ClientModel } from './client.model';
import { RemoveClientIdentifierInput } from './dto/remove-client-identifier.input';
import { RevealClientIdentifierInput } from './dto/reveal-client-identifier.input';
import { SetClientIdentifierInput } from './dto/set-client-identifier.input';

@Resolver()
export class ClientIdentifierResolver {
  constructor(private readonly identifiers: ClientIdentifierService) {}

  @Mutation(() => ClientModel, { description: "Add the client's identifier of this kind, or replace its value" })
  @Allow(...CLIENT_WRITER_ROLES)
  setClientIdentifier(@Args('input') input: SetClientIdentifierInput) {
    return this.identifiers.set(input);
  }

  @Mutation(() => ClientModel)
  @Allow(...CLIENT_WRITER_ROLES)
  removeClientIdentifier(@Args('input') input: RemoveClientIdentifierInput) {
    return this.identifiers.remove(input);
  }

  @Mutation(() => RevealedIdentifierModel, { description: 'The full value, for those who may change the client; recorded with the reason' })
  @Allow(...CLIENT_WRITER_ROLES)
  revealClientIdentifier(@Args('input') input: RevealClientIdentifierInput) {
    return this.identifiers.reveal(input);
  }
}
