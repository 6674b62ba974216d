import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@waymark/api/common';
import { StaffModel } from '@waymark/api/client';
import { CallerRelation, CallSeverity } from '@waymark/shared/types';
import { TaskClientModel } from '../worklist/task.model';
import './on-call-enums';
import type { EmergencyCallEntity } from './emergency-call.entity';

@ObjectType('EmergencyCall')
export class EmergencyCallModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Send it back with a change; a stale version is refused with CONFLICT' })
  version: number;

  @Field(() => GraphQLISODateTime)
  receivedAt: Date;

  @Field()
  callerName: string;

  @Field(() => CallerRelation)
  callerRelation: CallerRelation;

  @Field(() => String, { nullable: true })
  callerPhone: string | null;

  @Field(() => ID, { nullable: true, description: 'The client it was about, if known (client names them)' })
  clientId: string | null;

  @Field(() => TaskClientModel, { nullable: true, description: 'Null for no client, or one the caller may no longer open' })
  client?: TaskClientModel | null;

  @Field({ description: 'What happened' })
  whatHappened: string;

  @Field({ description: 'What the on-call worker did' })
  actionTaken: string;

  @Field(() => CallSeverity)
  severity: CallSeverity;

  /** Resolved through the per-request StaffLoader, as are the other people. */
  takenById: string;

  @Field(() => StaffModel, { nullable: true, description: 'The on-call worker who took the call' })
  takenBy?: StaffModel | null;

  @Field({ description: "Whether the client's worker must follow it up" })
  followUpNeeded: boolean;

  @Field(() => String, { nullable: true, description: "When the follow-up is due, as 'YYYY-MM-DD'" })
  followUpDueOn: string | null;

  followUpAssigneeId: string | null;

  @Field(() => StaffModel, { nullable: true, description: "Who must follow it up (the client's primary case manager); null: the supervisors' queue" })
  followUpAssignee?: StaffModel | null;

  @Field(() => String, { nullable: true, description: 'What the follow-up found and did' })
  followUpNote: string | null;

  followedUpById: string | null;

  @Field(() => StaffModel, { nullable: true })
  followedUpBy?: StaffModel | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  followedUpAt: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  static from(call: EmergencyCallEntity): EmergencyCallModel {
    return Object.assign(new EmergencyCallModel(), {
      id: call.id,
      version: call.version,
      receivedAt: call.receivedAt,
      callerName: call.callerName,
      callerRelation: call.callerRelation,
      callerPhone: call.callerPhone,
      clientId: call.clientId,
      whatHappened: call.whatHappened,
      actionTaken: call.actionTaken,
      severity: call.severity,
      takenById: call.takenBy,
      followUpNeeded: call.followUpNeeded,
      followUpDueOn: call.followUpDueOn,
      followUpAssigneeId: call.followUpAssigneeId,
      followUpNote: call.followUpNote,
      followedUpById: call.followedUpBy,
      followedUpAt: call.followedUpAt,
      createdAt: call.createdAt,
    });
  }
}

@ObjectType()
export class EmergencyCallConnection extends Connection(EmergencyCallModel, 'EmergencyCall') {
  @Field(() => Int)
  totalCount: number;
}
