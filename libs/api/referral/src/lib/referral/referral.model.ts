import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@waymark/api/common';
import { nextReferralStatuses } from '@waymark/shared/types';
import { ReferralDeclineReason, ReferralOutcome, ReferralSide, ReferralStatus, ReferralUrgency } from './referral-enums';
import type { ReferralEntity } from './referral.entity';
import type { ReferredClientModel } from './referred-client.model';

@ObjectType('ReferralProvider', { description: 'A provider typed in by hand, not in the directory' })
export class ReferralProviderModel {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  address: string | null;
}

/**
 * A referral as the caller's side sees it. For the receiving agency the referral's own words
 * (reason, needs, urgency, notes, its steps' notes, the appointment's place) and the client
 * follow the client's REFERRALS consent, judged at each read; its status, dates and steps stay
 * visible when the consent ends.
 */
@ObjectType('Referral')
export class ReferralModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => ReferralStatus)
  status: ReferralStatus;

  @Field(() => ReferralUrgency, { nullable: true, description: 'Null for the receiver while no consent covering REFERRALS is in force' })
  urgency: ReferralUrgency | null;

  @Field(() => String, { nullable: true, description: 'Null for the receiver while no consent covering REFERRALS is in force' })
  reason: string | null;

  @Field(() => [String], { description: 'Taxonomy codes of the needs; empty for the receiver without consent' })
  needs: string[];

  @Field(() => String, { nullable: true, description: 'Null for the receiver while no consent covering REFERRALS is in force' })
  noteForReceiver: string | null;

  @Field(() => ID, { nullable: true })
  serviceId: string | null;

  @Field(() => String, { nullable: true, description: 'The service as it was named when referred to' })
  serviceName: string | null;

  @Field(() => String, { nullable: true })
  organizationName: string | null;

  @Field(() => ReferralProviderModel, { nullable: true })
  provider: ReferralProviderModel | null;

  @Field({ description: 'Whether the receiver is an agency on Waymark, which answers in its own inbox' })
  onWaymark: boolean;

  @Field(() => ReferralSide, { description: "The caller's side" })
  side: ReferralSide;

  @Field(() => [ReferralStatus], { description: 'The statuses the caller may move the referral to (the action buttons)' })
  nextStatuses: ReferralStatus[];

  @Field(() => GraphQLISODateTime, { nullable: true })
  sentAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the receiver first accepted or declined' })
  answeredAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  appointmentAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Null for the receiver while no consent covering REFERRALS is in force' })
  appointmentLocation: string | null;

  @Field(() => ReferralDeclineReason, { nullable: true })
  declineReason: ReferralDeclineReason | null;

  @Field(() => ReferralOutcome, { nullable: true })
  outcome: ReferralOutcome | null;

  @Field(() => String, { nullable: true, description: 'Null for the receiver while no consent covering REFERRALS is in force' })
  outcomeNote: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  closedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  statusChangedAt: Date;

  @Field(() => ID, { nullable: true, description: 'The enrollment it was sent from; null for the receiver' })
  enrollmentId: string | null;

  /** Resolved fields read these; they are not in the schema. */
  agencyId: string;
  receiverAgencyId: string | null;
  sentById: string | null;
  clientId: string;
  /** Null for the sender: its own client, read when the response asks for it. */
  referredClient: ReferredClientModel | null;
  /** Whether the caller may see the referral's words: always the sender, the receiver while REFERRALS is in force (its steps' notes follow it). */
  shared: boolean;

  /** The referral for `side`; `shared` says whether the receiver may see its words (REFERRALS in force). */
  static from(referral: ReferralEntity, side: ReferralSide, referredClient: ReferredClientModel | null, shared: boolean): ReferralModel {
    const sender = side === ReferralSide.SENDER;
    const onWaymark = referral.receiverAgencyId != null;
    return Object.assign(new ReferralModel(), {
      id: referral.id,
      version: referral.version,
      status: referral.status,
      urgency: shared ? referral.urgency : null,
      reason: shared ? referral.reason : null,
      needs: shared ? referral.needs : [],
      noteForReceiver: shared ? referral.noteForReceiver : null,
      serviceId: referral.serviceId,
      serviceName: referral.serviceName,
      organizationName: referral.organizationName,
      provider: referral.providerName
        ? { name: referral.providerName, phone: referral.providerPhone, email: referral.providerEmail, address: referral.providerAddress }
        : null,
      onWaymark,
      side,
      nextStatuses: nextReferralStatuses(referral.status, side, onWaymark),
      sentAt: referral.sentAt,
      answeredAt: referral.answeredAt,
      appointmentAt: referral.appointmentAt,
      appointmentLocation: shared ? referral.appointmentLocation : null,
      declineReason: referral.declineReason,
      outcome: referral.outcome,
      outcomeNote: shared ? referral.outcomeNote : null,
      closedAt: referral.closedAt,
      createdAt: referral.createdAt,
      statusChangedAt: referral.statusChangedAt,
      enrollmentId: sender ? referral.enrollmentId : null,
      agencyId: referral.agencyId,
      receiverAgencyId: referral.receiverAgencyId,
      sentById: referral.sentById,
      clientId: referral.clientId,
      referredClient,
      shared,
    });
  }
}

@ObjectType('ReferralConnection')
export class ReferralConnection extends Connection(ReferralModel, 'Referral') {}
