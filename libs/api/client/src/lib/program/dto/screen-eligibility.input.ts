import { Field, ID, InputType } from '@nestjs/graphql';
import { OptionalText } from '@waymark/api/common';
import { MEDIUM_TEXT_MAX_LENGTH, NAME_MAX_LENGTH } from '@waymark/shared/types';
import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, IsUUID, ValidateNested } from 'class-validator';

/** What intake asked; a question left out is "not known", which may send the screen to review. */
@InputType()
export class EligibilityAnswersInput {
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  hasMedicaid?: boolean | null;

  @Field(() => String, { nullable: true, description: "Where the client lives; left out, the client's address region is used" })
  @OptionalText(NAME_MAX_LENGTH)
  residencyRegion?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(MEDIUM_TEXT_MAX_LENGTH)
  notes?: string | null;
}

@InputType()
export class ScreenEligibilityInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'programId must be a program id' })
  programId: string;

  @Field(() => EligibilityAnswersInput, { defaultValue: {} })
  @ValidateNested()
  @Type(() => EligibilityAnswersInput)
  answers: EligibilityAnswersInput;
}
