import { Args, Field, Float, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Allow, AllowSignedIn } from '@waymark/api/common';
import { CLIENT_WRITER_ROLES, DuplicateReason } from '@waymark/shared/types';
import './client-enums';
import { ClientDuplicatesService } from './client-duplicates.service';
import { ClientSearchService } from './client-search.service';
import { ClientConnection, ClientModel } from './client.model';
import { ClientDuplicatesInput } from './dto/client-duplicates.input';
import { ClientsArgs } from './dto/clients.args';

@ObjectType('DuplicateCandidate')
export class DuplicateCandidateModel {
  @Field(() => ClientModel)
  client: ClientModel;

  @Field(() => Float, { description: 'How alike, 0–1' })
  score: number;

  @Field(() => [DuplicateReason])
  reasons: DuplicateReason[];
}

@Resolver()
export class ClientSearchResolver {
  constructor(
    private readonly search: ClientSearchService,
    private readonly duplicates: ClientDuplicatesService,
  ) {}

  @Query(() => ClientConnection, {
    description: 'The clients the caller may find, merged records left out; one they may not open yet (a case manager outside their caseload) shows only who it is',
  })
  @AllowSignedIn()
  clients(@Args() args: ClientsArgs) {
    return this.search.list(args.withCriteria());
  }

  @Query(() => [DuplicateCandidateModel], { description: 'Existing clients the person being taken in may be, across the agency, best first' })
  @Allow(...CLIENT_WRITER_ROLES)
  clientDuplicates(@Args('input') input: ClientDuplicatesInput) {
    return this.duplicates.find(input);
  }
}
