import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { StaffModel } from '@waymark/api/client';
import { OnCallTier } from '@waymark/shared/types';
import './on-call-enums';
import type { OnCallShiftEntity } from './on-call-shift.entity';

@ObjectType('OnCallShift')
export class OnCallShiftModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Send it back with a change; a stale version is refused with CONFLICT' })
  version: number;

  @Field(() => OnCallTier)
  tier: OnCallTier;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When the shift ends (exclusive: the next may start then)' })
  endsAt: Date;

  @Field(() => String, { nullable: true, description: 'How to reach them on this shift' })
  phone: string | null;

  /** Resolved through the per-request StaffLoader. */
  staffId: string;

  @Field(() => StaffModel, { nullable: true, description: 'Who is on call' })
  staff?: StaffModel | null;

  static from(shift: OnCallShiftEntity): OnCallShiftModel {
    return Object.assign(new OnCallShiftModel(), {
      id: shift.id,
      version: shift.version,
      tier: shift.tier,
      startsAt: shift.startsAt,
      endsAt: shift.endsAt,
      phone: shift.phone,
      staffId: shift.userId,
    });
  }
}

/** Who answers the on-call line at this moment. */
@ObjectType('OnCallNow')
export class OnCallNowModel {
  @Field(() => GraphQLISODateTime, { description: 'The moment asked about (the server’s now)' })
  at: Date;

  @Field(() => OnCallShiftModel, { nullable: true, description: 'Null: nobody is on the primary line now' })
  primary: OnCallShiftModel | null;

  @Field(() => OnCallShiftModel, { nullable: true })
  backup: OnCallShiftModel | null;
}
