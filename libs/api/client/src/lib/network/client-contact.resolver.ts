import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AllowSignedIn, Idempotent } from '@waymark/api/common';
import { ClientContactModel } from './client-contact.model';
import { ClientContactService } from './client-contact.service';
import { AddClientContactInput } from './dto/add-client-contact.input';
import { ClientContactVersionInput } from './dto/client-contact-version.input';
import { ClientContactsArgs } from './dto/client-contacts.args';
import { UpdateClientContactInput } from './dto/update-client-contact.input';

/** Who may read or change a client's network is decided per client (ClientAccess), so any role may ask. */
@Resolver(() => ClientContactModel)
export class ClientContactResolver {
  constructor(private readonly contacts: ClientContactService) {}

  @Query(() => [ClientContactModel], { description: "The client's support network: emergency contacts first, then by name" })
  @AllowSignedIn()
  clientContacts(@Args() { clientId, includeArchived }: ClientContactsArgs) {
    return this.contacts.list(clientId, includeArchived);
  }

  @Mutation(() => ClientContactModel)
  @AllowSignedIn()
  @Idempotent()
  addClientContact(@Args('input') input: AddClientContactInput) {
    return this.contacts.add(input);
  }

  @Mutation(() => ClientContactModel, { description: 'Changes the fields given; null clears an optional one' })
  @AllowSignedIn()
  updateClientContact(@Args('input') input: UpdateClientContactInput) {
    return this.contacts.update(input);
  }

  @Mutation(() => ClientContactModel, { description: 'The person is no longer part of the network; consents naming them stay as they are' })
  @AllowSignedIn()
  archiveClientContact(@Args('input') input: ClientContactVersionInput) {
    return this.contacts.archive(input);
  }
}
