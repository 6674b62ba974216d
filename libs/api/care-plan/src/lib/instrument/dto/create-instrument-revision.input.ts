import { Field, InputType } from '@nestjs/graphql';
import { OptionalText, RequiredText } from '@waymark/api/common';
import { INSTRUMENT_CODE_PATTERN, MEDIUM_TEXT_MAX_LENGTH, NAME_MAX_LENGTH } from '@waymark/shared/types';
import { Transform } from 'class-transformer';
import { IsDefined, IsString, Matches } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';

@InputType()
export class CreateInstrumentRevisionInput {
  @Field({ description: "The instrument's code; a new code starts at revision 1, a known one gets its next revision" })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsString()
  @Matches(INSTRUMENT_CODE_PATTERN, { message: 'code must start with a letter and hold only capitals, digits and _ (at most 40)' })
  code: string;

  @Field()
  @RequiredText(NAME_MAX_LENGTH)
  name: string;

  @Field(() => String, { nullable: true })
  @OptionalText(MEDIUM_TEXT_MAX_LENGTH)
  description?: string | null;

  @Field(() => GraphQLJSON, { description: 'An InstrumentDefinition; every problem is named in BAD_USER_INPUT fields (definition.<path>)' })
  @IsDefined()
  definition: unknown;
}
