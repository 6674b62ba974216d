import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConsentDecisionReason } from '@waymark/shared/types';

@ObjectType('ReferredClient', {
  description:
    'The client a referral is about, as the caller may see them. The sender sees its own record; the receiving agency sees identity fields only under a DEMOGRAPHICS consent, contact fields only under CONTACT_INFO, and nothing without REFERRALS in force, judged at each read',
})
export class ReferredClientModel {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: "The sender's client number; null for the receiver" })
  clientNumber: string | null;

  @Field(() => String, { nullable: true })
  displayName: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dateOfBirth: string | null;

  @Field(() => String, { nullable: true })
  primaryLanguage: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'The postal address on one line' })
  address: string | null;

  @Field(() => ConsentDecisionReason, { description: 'For the receiver, why the client is shared (IN_FORCE) or not; the sender always reads IN_FORCE' })
  sharedUnder: ConsentDecisionReason;
}
