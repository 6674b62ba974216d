import { Field, InputType } from '@nestjs/graphql';
import { IsCalendarDate, OptionalEmail, OptionalText, RequiredText, UnlessOmitted } from '@waymark/api/common';
import { DIRECTORY_DESCRIPTION_MAX_LENGTH, DIRECTORY_NAME_MAX_LENGTH } from '@waymark/shared/types';
import { IsOptional } from 'class-validator';

/** What an organization and a service both take. No initializers: update inputs are partials of it. */
@InputType({ isAbstract: true })
export class RecordFields {
  @Field()
  @UnlessOmitted()
  @RequiredText(DIRECTORY_NAME_MAX_LENGTH)
  name: string;

  @Field(() => String, { nullable: true })
  @OptionalText(DIRECTORY_NAME_MAX_LENGTH)
  alternateName?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(DIRECTORY_DESCRIPTION_MAX_LENGTH)
  description?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalEmail()
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: when someone last checked it' })
  @IsOptional()
  @IsCalendarDate()
  lastVerifiedOn?: string | null;
}
