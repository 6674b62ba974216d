import { Field, InputType } from '@nestjs/graphql';
import { MEDIUM_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { EnrollmentVersionInput } from './enrollment-version.input';
import { IsCalendarDate, Trim } from './input-checks';

@InputType()
export class CloseEnrollmentInput extends EnrollmentVersionInput {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'closeReason must not be empty' })
  @MaxLength(MEDIUM_TEXT_MAX_LENGTH)
  closeReason: string;

  @Field({ description: 'YYYY-MM-DD, not before the enrollment opened and not in the future' })
  @IsCalendarDate()
  closedOn: string;
}
