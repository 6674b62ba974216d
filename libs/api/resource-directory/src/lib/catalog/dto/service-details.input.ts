import { applyDecorators } from '@nestjs/common';
import { Field, Float, InputType } from '@nestjs/graphql';
import { OptionalText, Trim, UnlessOmitted } from '@waymark/api/common';
import {
  DIRECTORY_DETAILS_MAX,
  DIRECTORY_NAME_MAX_LENGTH,
  DIRECTORY_SHORT_TEXT_MAX_LENGTH,
  LANGUAGE_CODE_PATTERN,
  OPENING_TIME_PATTERN,
  WEEKDAYS,
  type Weekday,
} from '@waymark/shared/types';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { WeekdayEnum } from '../models/directory-enums';

const TIME_MESSAGE = '$property must be a time as HH:MM';

@InputType()
export class OpeningHoursInput {
  @Field(() => WeekdayEnum)
  @IsIn(WEEKDAYS, { message: 'weekday must be one of SU, MO, TU, WE, TH, FR, SA' })
  weekday: Weekday;

  @Field({ description: 'HH:MM' })
  @Matches(OPENING_TIME_PATTERN, { message: TIME_MESSAGE })
  opensAt: string;

  @Field({ description: 'HH:MM, after opensAt' })
  @Matches(OPENING_TIME_PATTERN, { message: TIME_MESSAGE })
  closesAt: string;

  @Field(() => String, { nullable: true, description: 'e.g. "Walk-ins until 3pm"' })
  @OptionalText(DIRECTORY_SHORT_TEXT_MAX_LENGTH)
  description?: string | null;
}

@InputType()
export class DirectoryLanguageInput {
  @Field({ description: 'ISO 639 code, e.g. es' })
  @Trim()
  @MaxLength(20)
  @Matches(LANGUAGE_CODE_PATTERN, { message: 'code must be an ISO 639 language code such as es' })
  code: string;

  @Field(() => String, { nullable: true })
  @OptionalText(DIRECTORY_NAME_MAX_LENGTH)
  name?: string | null;
}

@InputType()
export class DirectoryCostOptionInput {
  @Field(() => String, { nullable: true, description: 'What the fee is for' })
  @OptionalText(DIRECTORY_SHORT_TEXT_MAX_LENGTH)
  option?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'amount must be a number with at most 2 decimals' })
  @Min(0)
  @Max(9_999_999_999)
  amount?: number | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217, e.g. USD' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be a 3-letter code such as USD' })
  currency?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. "sliding scale by income"' })
  @OptionalText(DIRECTORY_SHORT_TEXT_MAX_LENGTH)
  amountDescription?: string | null;
}

/** A list of texts (documents to bring, areas served, keywords): when sent, it replaces the record's list as a whole; each item trimmed and not blank. */
export const DetailTexts = () =>
  applyDecorators(
    UnlessOmitted(),
    Trim(),
    IsArray(),
    ArrayMaxSize(DIRECTORY_DETAILS_MAX),
    IsString({ each: true }),
    IsNotEmpty({ each: true, message: '$property must not hold an empty item' }),
    MaxLength(DIRECTORY_SHORT_TEXT_MAX_LENGTH, { each: true }),
  );

/** A list of `type` items that, when sent, replaces the record's list as a whole. */
export const DetailList = (type: () => new () => object) =>
  applyDecorators(UnlessOmitted(), IsArray(), ArrayMaxSize(DIRECTORY_DETAILS_MAX), ValidateNested({ each: true }), Type(type));
