import { Field, InputType } from '@nestjs/graphql';
import { OptionalText, RequiredText } from '@waymark/api/common';
import { MEDIUM_TEXT_MAX_LENGTH, NAME_MAX_LENGTH, PROGRAM_CODE_MAX_LENGTH, PROGRAM_CODE_PATTERN } from '@waymark/shared/types';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ProgramRulesInput } from './program-rules.input';

/** Codes are compared in capitals, so 'hcbs' and 'HCBS' are one program. */
export const ProgramCode = () => Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value));
export const PROGRAM_CODE_MESSAGE = 'code must be letters, digits, - or _';

@InputType()
export class CreateProgramInput {
  @Field({ description: "A short code, unique in the agency, e.g. 'HCBS'" })
  @ProgramCode()
  @IsString()
  @IsNotEmpty()
  @MaxLength(PROGRAM_CODE_MAX_LENGTH)
  @Matches(PROGRAM_CODE_PATTERN, { message: PROGRAM_CODE_MESSAGE })
  code: string;

  @Field()
  @RequiredText(NAME_MAX_LENGTH)
  name: string;

  @Field(() => String, { nullable: true })
  @OptionalText(MEDIUM_TEXT_MAX_LENGTH)
  description?: string | null;

  @Field(() => ProgramRulesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProgramRulesInput)
  rules?: ProgramRulesInput | null;

  @Field({ defaultValue: true })
  @IsBoolean()
  active: boolean = true;
}
