import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { StaffModel } from '@waymark/api/client';
import { Allow, Idempotent } from '@waymark/api/common';
import { PartnerAgencyModel } from '@waymark/api/identity';
import { CLIENT_WRITER_ROLES, ROLES } from '@waymark/shared/types';
import { CreateReferralInput } from './dto/create-referral.input';
import { MoveReferralInput } from './dto/move-referral.input';
import { ReferralIdArgs } from './dto/referral-id.args';
import { ReferralBoxArgs, ReferralsArgs } from './dto/referrals.args';
import { UpdateReferralInput } from './dto/update-referral.input';
import { ReferralStatusCountModel } from './referral-status-count.model';
import { ReferralStepModel } from './referral-step.model';
import { ReferralStepsLoader } from './referral-steps.loader';
import { ReferralConnection, ReferralModel } from './referral.model';
import { ReferralService } from './referral.service';
import { ReferredClientModel } from './referred-client.model';
import { ReferredClients } from './referred-clients';

/**
 * Referrals for both sides: the sender's staff under their clients' access rules (auditors
 * read), the receiving agency's staff but its auditors on the referrals sent to it.
 */
@Resolver(() => ReferralModel)
export class ReferralResolver {
  constructor(
    private readonly service: ReferralService,
    private readonly histories: ReferralStepsLoader,
    private readonly clients: ReferredClients,
  ) {}

  @Query(() => ReferralModel, { nullable: true, description: 'A referral my agency sent or received; NOT_FOUND otherwise' })
  @Allow(...ROLES)
  referral(@Args() { id }: ReferralIdArgs) {
    return this.service.one(id);
  }

  @Query(() => ReferralConnection, { description: 'The sent or received box, latest change first, optionally by status or (sent) client' })
  @Allow(...ROLES)
  referrals(@Args() args: ReferralsArgs) {
    return this.service.page(args);
  }

  @Query(() => [ReferralStatusCountModel], { description: "A box's referrals counted by status, every status listed: the boards" })
  @Allow(...ROLES)
  referralStatusCounts(@Args() { box }: ReferralBoxArgs) {
    return this.service.counts(box);
  }

  @Mutation(() => ReferralModel, { description: "Refer a client from one of their open enrollments, as a draft or sent at once (send: true); sending to an agency on Waymark needs the client's consent (CONSENT_REQUIRED)" })
  @Allow(...CLIENT_WRITER_ROLES)
  @Idempotent()
  createReferral(@Args('input') input: CreateReferralInput) {
    return this.service.create(input);
  }

  @Mutation(() => ReferralModel, { description: "Change a draft's fields (the version last seen), and send it at once with send: true; a sent referral is LOCKED_RECORD" })
  @Allow(...CLIENT_WRITER_ROLES)
  updateReferral(@Args('input') input: UpdateReferralInput) {
    return this.service.update(input);
  }

  @Mutation(() => ReferralModel, { description: 'Take a step of the machine, sending included: ILLEGAL_TRANSITION, CONSENT_REQUIRED, CONFLICT or NOT_FOUND when it cannot be taken' })
  @Allow(...CLIENT_WRITER_ROLES)
  moveReferral(@Args('input') input: MoveReferralInput) {
    return this.service.move(input);
  }

  @ResolveField(() => ReferredClientModel)
  client(@Parent() referral: ReferralModel) {
    return referral.referredClient ?? this.clients.own(referral.clientId);
  }

  @ResolveField(() => [ReferralStepModel], { description: 'Every step, oldest first' })
  steps(@Parent() referral: ReferralModel) {
    return this.histories.load(referral);
  }

  @ResolveField(() => PartnerAgencyModel, { nullable: true, description: 'The agency on Waymark it goes to; null for a provider off Waymark' })
  async receiverAgency(@Parent() referral: ReferralModel) {
    return this.agency(referral.receiverAgencyId);
  }

  @ResolveField(() => PartnerAgencyModel, { description: 'The agency that sent it' })
  async senderAgency(@Parent() referral: ReferralModel) {
    return this.agency(referral.agencyId);
  }

  @ResolveField(() => StaffModel, { nullable: true, description: 'Who sent it' })
  async sentBy(@Parent() referral: ReferralModel) {
    const sender = await this.histories.staff(referral.agencyId, referral.sentById);
    return sender && StaffModel.from(sender);
  }

  private async agency(id: string | null): Promise<PartnerAgencyModel | null> {
    const name = await this.histories.agencyName(id);
    return id && name ? { id, name } : null;
  }
}
