import { Field, ID, InputType } from '@nestjs/graphql';
import { IsCalendarDate, RequiredText } from '@waymark/api/common';
import { MEDIUM_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { IsOptional, IsUUID } from 'class-validator';

/** Opens a PENDING enrollment; a case manager may name themselves, a supervisor anyone who carries a caseload. */
@InputType()
export class EnrollClientInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'programId must be a program id' })
  programId: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  openedOn: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'primaryCaseManagerId must be a user id' })
  primaryCaseManagerId?: string | null;

  @Field({ description: 'Why the client enters the program' })
  @RequiredText(MEDIUM_TEXT_MAX_LENGTH)
  reason: string;
}
