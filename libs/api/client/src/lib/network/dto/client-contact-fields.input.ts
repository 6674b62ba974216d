import { Field, InputType } from '@nestjs/graphql';
import {
  ContactKind,
  EMAIL_MAX_LENGTH,
  MEDIUM_TEXT_MAX_LENGTH,
  NAME_MAX_LENGTH,
  PHONE_MAX_LENGTH,
  PHONE_PATTERN,
  SHORT_TEXT_MAX_LENGTH,
} from '@waymark/shared/types';
import { IsBoolean, IsEmail, IsEnum, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Trim, TrimToNull } from './text-transforms';

/**
 * What a worker records about a person in the support network. No property initializers:
 * the update input is a partial of this class and must not inherit defaults.
 */
@InputType({ isAbstract: true })
export class ClientContactFields {
  @Field(() => ContactKind)
  @IsEnum(ContactKind)
  kind: ContactKind;

  @Field({ description: "In the worker's words: mother, physician, therapist, school, employer…" })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'relationship must not be empty' })
  @MaxLength(NAME_MAX_LENGTH)
  relationship: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(NAME_MAX_LENGTH)
  name: string;

  @Field(() => String, { nullable: true, description: 'Where a professional works: a clinic, a school, an employer' })
  @TrimToNull()
  @IsOptional()
  @IsString()
  @MaxLength(SHORT_TEXT_MAX_LENGTH)
  organization?: string | null;

  @Field(() => String, { nullable: true })
  @TrimToNull()
  @IsOptional()
  @IsString()
  @MaxLength(PHONE_MAX_LENGTH)
  @Matches(PHONE_PATTERN, { message: 'phone must be a phone number' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @TrimToNull()
  @IsOptional()
  @IsString()
  @MaxLength(EMAIL_MAX_LENGTH)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @TrimToNull()
  @IsOptional()
  @IsString()
  @MaxLength(SHORT_TEXT_MAX_LENGTH)
  address?: string | null;

  @Field({ defaultValue: false, description: 'Called first in an emergency; needs a phone number' })
  @IsBoolean()
  emergencyContact: boolean;

  @Field({ defaultValue: false, description: 'A guardian or representative who may decide for the client' })
  @IsBoolean()
  legalDecisionMaker: boolean;

  @Field({ defaultValue: false })
  @IsBoolean()
  mayShareInformation: boolean;

  @Field(() => String, { nullable: true })
  @TrimToNull()
  @IsOptional()
  @IsString()
  @MaxLength(MEDIUM_TEXT_MAX_LENGTH)
  notes?: string | null;
}
