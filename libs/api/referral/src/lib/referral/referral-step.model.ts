import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { ReferralSide, ReferralStatus } from './referral-enums';
import type { ReferralStepEntity } from './referral-step.entity';

@ObjectType('ReferralStep', { description: "One step of a referral's history, the same for both agencies" })
export class ReferralStepModel {
  @Field(() => ID)
  id: string;

  @Field(() => ReferralStatus, { nullable: true, description: 'Null for the step that created the referral' })
  fromStatus: ReferralStatus | null;

  @Field(() => ReferralStatus)
  toStatus: ReferralStatus;

  @Field(() => ReferralSide)
  side: ReferralSide;

  @Field(() => String, { nullable: true, description: 'Who took the step; null for the system' })
  actorName: string | null;

  @Field(() => String, { nullable: true, description: "The acting side's agency" })
  actorAgencyName: string | null;

  @Field(() => String, { nullable: true, description: 'Null for the receiver while no consent covering REFERRALS is in force' })
  note: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The appointment a booking step set' })
  appointmentAt: Date | null;

  @Field(() => GraphQLISODateTime)
  occurredAt: Date;

  /** The step as the caller sees it; `shared` as on the referral (a note is the referral's words). */
  static from(step: ReferralStepEntity, names: { actorName: string | null; actorAgencyName: string | null }, shared: boolean): ReferralStepModel {
    return Object.assign(new ReferralStepModel(), {
      id: step.id,
      fromStatus: step.fromStatus,
      toStatus: step.toStatus,
      side: step.side,
      note: shared ? step.note : null,
      appointmentAt: step.appointmentAt,
      occurredAt: step.occurredAt,
      ...names,
    });
  }
}
