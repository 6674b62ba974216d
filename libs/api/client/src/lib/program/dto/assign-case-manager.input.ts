import { Field, ID, InputType } from '@nestjs/graphql';
import { MEDIUM_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { EnrollmentVersionInput } from './enrollment-version.input';
import { Trim } from './input-checks';

@InputType()
export class AssignCaseManagerInput extends EnrollmentVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'caseManagerId must be a user id' })
  caseManagerId: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'reason must not be empty' })
  @MaxLength(MEDIUM_TEXT_MAX_LENGTH)
  reason: string;
}
