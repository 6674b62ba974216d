import { Field, InputType } from '@nestjs/graphql';
import { IsCalendarDate, RequiredText } from '@waymark/api/common';
import { MEDIUM_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { EnrollmentVersionInput } from './enrollment-version.input';

@InputType()
export class CloseEnrollmentInput extends EnrollmentVersionInput {
  @Field()
  @RequiredText(MEDIUM_TEXT_MAX_LENGTH)
  closeReason: string;

  @Field({ description: 'YYYY-MM-DD, not before the enrollment opened and not in the future' })
  @IsCalendarDate()
  closedOn: string;
}
