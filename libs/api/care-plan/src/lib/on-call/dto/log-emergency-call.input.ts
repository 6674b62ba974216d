import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { OptionalPhone, RequiredText } from '@waymark/api/common';
import { CallerRelation, CallSeverity, LONG_TEXT_MAX_LENGTH, NAME_MAX_LENGTH } from '@waymark/shared/types';
import { IsBoolean, IsDate, IsEnum, IsOptional, IsUUID } from 'class-validator';
import '../on-call-enums';

@InputType()
export class LogEmergencyCallInput {
  @Field(() => GraphQLISODateTime, { description: 'When the call came in; not in the future' })
  @IsDate({ message: 'receivedAt must be a date and time' })
  receivedAt: Date;

  @Field({ description: 'Who called' })
  @RequiredText(NAME_MAX_LENGTH)
  callerName: string;

  @Field(() => CallerRelation)
  @IsEnum(CallerRelation, { message: 'callerRelation must be a caller relation' })
  callerRelation: CallerRelation;

  @Field(() => String, { nullable: true })
  @OptionalPhone()
  callerPhone?: string | null;

  @Field(() => ID, { nullable: true, description: 'The client it was about; left out when the caller spoke of someone unknown' })
  @IsOptional()
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId?: string | null;

  @Field({ description: 'What happened' })
  @RequiredText(LONG_TEXT_MAX_LENGTH)
  whatHappened: string;

  @Field({ description: 'What the on-call worker did' })
  @RequiredText(LONG_TEXT_MAX_LENGTH)
  actionTaken: string;

  @Field(() => CallSeverity)
  @IsEnum(CallSeverity, { message: 'severity must be a call severity' })
  severity: CallSeverity;

  @Field({ description: "Whether the client's worker must follow it up the next morning (needs a client)" })
  @IsBoolean()
  followUpNeeded: boolean;
}
