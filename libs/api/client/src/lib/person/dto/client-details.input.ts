import { Field, InputType } from '@nestjs/graphql';
import { OptionalEmail, OptionalPhone, OptionalText, UnlessOmitted } from '@waymark/api/common';
import {
  ClientFlag,
  LONG_TEXT_MAX_LENGTH,
  NAME_MAX_LENGTH,
  RiskLevel,
  SHORT_TEXT_MAX_LENGTH,
} from '@waymark/shared/types';
import { Type } from 'class-transformer';
import { ArrayUnique, IsArray, IsBoolean, IsEnum, IsOptional, ValidateNested } from 'class-validator';
import '../client-enums';
import { AddressInput } from './address.input';
import { IsBirthDate } from './field-rules';

/** The client's details a person may set at intake and change later (names and status apart). */
@InputType({ isAbstract: true })
export abstract class ClientDetailsInput {
  @Field(() => String, { nullable: true })
  @OptionalText(NAME_MAX_LENGTH)
  preferredName?: string | null;

  @Field(() => String, { nullable: true, description: "'YYYY-MM-DD', not in the future" })
  @IsOptional()
  @IsBirthDate()
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(SHORT_TEXT_MAX_LENGTH)
  pronouns?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(SHORT_TEXT_MAX_LENGTH)
  gender?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(SHORT_TEXT_MAX_LENGTH)
  primaryLanguage?: string | null;

  @Field(() => Boolean, { nullable: true })
  @UnlessOmitted()
  @IsBoolean()
  interpreterNeeded?: boolean;

  @Field(() => String, { nullable: true })
  @OptionalPhone()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalEmail()
  email?: string | null;

  @Field(() => AddressInput, { nullable: true, description: 'Replaces the whole address; null clears it' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AddressInput)
  address?: AddressInput | null;

  @Field(() => RiskLevel, { nullable: true })
  @UnlessOmitted()
  @IsEnum(RiskLevel)
  riskLevel?: RiskLevel;

  @Field(() => [ClientFlag], { nullable: true })
  @UnlessOmitted()
  @IsArray()
  @ArrayUnique({ message: '$property must not repeat a flag' })
  @IsEnum(ClientFlag, { each: true })
  flags?: ClientFlag[];

  @Field(() => String, { nullable: true, description: 'Who referred the client' })
  @OptionalText(SHORT_TEXT_MAX_LENGTH)
  referralSource?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(LONG_TEXT_MAX_LENGTH)
  referralReason?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(LONG_TEXT_MAX_LENGTH)
  presentingNeeds?: string | null;
}
