import { Field, InputType } from '@nestjs/graphql';
import { ContactKind, MEDIUM_TEXT_MAX_LENGTH, NAME_MAX_LENGTH, SHORT_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { OptionalEmail, OptionalPhone, OptionalText, RequiredText } from '@waymark/api/common';
import { IsBoolean, IsEnum } from 'class-validator';

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
  @RequiredText(NAME_MAX_LENGTH)
  relationship: string;

  @Field()
  @RequiredText(NAME_MAX_LENGTH)
  name: string;

  @Field(() => String, { nullable: true, description: 'Where a professional works: a clinic, a school, an employer' })
  @OptionalText(SHORT_TEXT_MAX_LENGTH)
  organization?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalPhone()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalEmail()
  email?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(SHORT_TEXT_MAX_LENGTH)
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
  @OptionalText(MEDIUM_TEXT_MAX_LENGTH)
  notes?: string | null;
}
