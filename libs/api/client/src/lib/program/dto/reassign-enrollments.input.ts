import { Field, ID, InputType } from '@nestjs/graphql';
import { RequiredText } from '@waymark/api/common';
import { BULK_REASSIGNMENT_MAX, MEDIUM_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsUUID, ValidateNested } from 'class-validator';
import { EnrollmentVersionInput } from './enrollment-version.input';

@InputType('ReassignedEnrollmentInput')
export class ReassignedEnrollmentInput extends EnrollmentVersionInput {}

@InputType()
export class ReassignEnrollmentsInput {
  @Field(() => [ReassignedEnrollmentInput], { description: `The enrollments at the versions the caller saw; 1 to ${BULK_REASSIGNMENT_MAX}, each once` })
  @IsArray()
  @ArrayMinSize(1, { message: 'name at least one enrollment' })
  @ArrayMaxSize(BULK_REASSIGNMENT_MAX, { message: `at most ${BULK_REASSIGNMENT_MAX} enrollments at once` })
  @ArrayUnique((item: ReassignedEnrollmentInput) => item.enrollmentId, { message: 'each enrollment may be named once' })
  @ValidateNested({ each: true })
  @Type(() => ReassignedEnrollmentInput)
  enrollments: ReassignedEnrollmentInput[];

  @Field(() => ID, { description: 'The new primary case manager of every enrollment named' })
  @IsUUID('all', { message: 'caseManagerId must be a user id' })
  caseManagerId: string;

  @Field({ description: 'Why, kept with each assignment and in the audit trail' })
  @RequiredText(MEDIUM_TEXT_MAX_LENGTH)
  reason: string;
}
