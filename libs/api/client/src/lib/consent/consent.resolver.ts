import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AllowSignedIn, Idempotent } from '@waymark/api/common';
import { ClientIdArgs } from '../shared/dto/client-id.args';
import { StaffLoader } from '../staff/staff.loader';
import { StaffModel } from '../staff/staff.model';
import { ConsentDecisionModel } from './consent-decision.model';
import { ConsentModel } from './consent.model';
import { ConsentService } from './consent.service';
import { ConsentDecisionArgs } from './dto/consent-decision.args';
import { RecordConsentInput } from './dto/record-consent.input';
import { RevokeConsentInput } from './dto/revoke-consent.input';

/** Who may read or record a client's consents is decided per client (ClientAccess), so any role may ask. */
@Resolver(() => ConsentModel)
export class ConsentResolver {
  constructor(
    private readonly consents: ConsentService,
    private readonly staff: StaffLoader,
  ) {}

  @Query(() => [ConsentModel], { description: "The client's releases of information, newest first" })
  @AllowSignedIn()
  clientConsents(@Args() { clientId }: ClientIdArgs) {
    return this.consents.list(clientId);
  }

  @Query(() => ConsentDecisionModel, { description: "May this recipient see this category of the client's data (now, or at `at`)? Name exactly one recipient." })
  @AllowSignedIn()
  consentDecision(@Args() args: ConsentDecisionArgs) {
    return this.consents.decide(args);
  }

  @Mutation(() => ConsentModel, { description: 'Record a signed release of information' })
  @AllowSignedIn()
  @Idempotent()
  recordConsent(@Args('input') input: RecordConsentInput) {
    return this.consents.record(input);
  }

  @Mutation(() => ConsentModel, { description: 'The client withdrew the consent; nothing more may be shared under it' })
  @AllowSignedIn()
  revokeConsent(@Args('input') input: RevokeConsentInput) {
    return this.consents.revoke(input);
  }

  @ResolveField(() => StaffModel, { nullable: true })
  recordedBy(@Parent() consent: ConsentModel) {
    return this.staff.load(consent.recordedById);
  }

  @ResolveField(() => StaffModel, { nullable: true })
  revokedBy(@Parent() consent: ConsentModel) {
    return this.staff.load(consent.revokedById);
  }
}
