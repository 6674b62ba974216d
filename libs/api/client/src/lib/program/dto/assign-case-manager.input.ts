import { Field, ID, InputType } from '@nestjs/graphql';
import { RequiredText } from '@waymark/api/common';
import { MEDIUM_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { IsUUID } from 'class-validator';
import { EnrollmentVersionInput } from './enrollment-version.input';

@InputType()
export class AssignCaseManagerInput extends EnrollmentVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'caseManagerId must be a user id' })
  caseManagerId: string;

  @Field()
  @RequiredText(MEDIUM_TEXT_MAX_LENGTH)
  reason: string;
}
