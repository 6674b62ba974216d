import { Field, InputType } from '@nestjs/graphql';
import { IsCalendarDate, OptionalText } from '@waymark/api/common';
import { EnrollmentStatus, MEDIUM_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { IsEnum, IsOptional } from 'class-validator';
import { EnrollmentVersionInput } from './enrollment-version.input';

@InputType()
export class ChangeEnrollmentStatusInput extends EnrollmentVersionInput {
  @Field(() => EnrollmentStatus)
  @IsEnum(EnrollmentStatus)
  status: EnrollmentStatus;

  @Field(() => String, { nullable: true, description: 'Required to close: the close reason' })
  @OptionalText(MEDIUM_TEXT_MAX_LENGTH)
  reason?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD the change took effect; required to close (the close date)' })
  @IsOptional()
  @IsCalendarDate()
  date?: string | null;
}
