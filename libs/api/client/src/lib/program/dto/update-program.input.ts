import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { MEDIUM_TEXT_MAX_LENGTH, NAME_MAX_LENGTH, PROGRAM_CODE_MAX_LENGTH, PROGRAM_CODE_PATTERN } from '@waymark/shared/types';
import { Type } from 'class-transformer';
import { OptionalText, RequiredText, UnlessOmitted } from '@waymark/api/common';
import { IsBoolean, IsInt, IsNotEmpty, IsString, IsUUID, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { PROGRAM_CODE_MESSAGE, ProgramCode } from './create-program.input';
import { ProgramRulesInput } from './program-rules.input';

/** Changes the fields sent; `rules`, when sent, replaces the rules as a whole. */
@InputType()
export class UpdateProgramInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'programId must be a program id' })
  programId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true })
  @ProgramCode()
  @UnlessOmitted()
  @IsString()
  @IsNotEmpty()
  @MaxLength(PROGRAM_CODE_MAX_LENGTH)
  @Matches(PROGRAM_CODE_PATTERN, { message: PROGRAM_CODE_MESSAGE })
  code?: string;

  @Field(() => String, { nullable: true })
  @UnlessOmitted()
  @RequiredText(NAME_MAX_LENGTH)
  name?: string;

  @Field(() => String, { nullable: true, description: 'Blank clears it' })
  @OptionalText(MEDIUM_TEXT_MAX_LENGTH)
  description?: string | null;

  @Field(() => ProgramRulesInput, { nullable: true })
  @UnlessOmitted()
  @ValidateNested()
  @Type(() => ProgramRulesInput)
  rules?: ProgramRulesInput;

  @Field(() => Boolean, { nullable: true, description: 'False retires the program: no new enrollments or screens' })
  @UnlessOmitted()
  @IsBoolean()
  active?: boolean;
}
