import { Field, ID, InputType } from '@nestjs/graphql';
import { IsCalendarDate, OptionalText, RequiredText } from '@waymark/api/common';
import {
  CONSENT_CATEGORIES,
  ConsentCategory,
  ConsentRecipientKind,
  MEDIUM_TEXT_MAX_LENGTH,
  SHORT_TEXT_MAX_LENGTH,
  SignatureMethod,
} from '@waymark/shared/types';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsEnum, IsOptional, IsUUID } from 'class-validator';

/**
 * A signed release, as on the form. The recipient is, by kind: PERSON — a contact of this
 * client (recipientContactId) or a named person (recipientName); ORGANIZATION — a name;
 * AGENCY — another agency on Waymark (recipientAgencyId).
 */
@InputType()
export class RecordConsentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId: string;

  @Field(() => [ConsentCategory])
  @ArrayNotEmpty({ message: 'categories must name at least one category' })
  @ArrayUnique({ message: 'categories must not repeat a category' })
  @ArrayMaxSize(CONSENT_CATEGORIES.length)
  @IsEnum(ConsentCategory, { each: true })
  categories: ConsentCategory[];

  @Field(() => ConsentRecipientKind)
  @IsEnum(ConsentRecipientKind)
  recipientKind: ConsentRecipientKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'recipientContactId must be a contact id' })
  recipientContactId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'recipientAgencyId must be an agency id' })
  recipientAgencyId?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(SHORT_TEXT_MAX_LENGTH)
  recipientName?: string | null;

  @Field()
  @RequiredText(MEDIUM_TEXT_MAX_LENGTH)
  purpose: string;

  @Field({ description: 'First day in force (YYYY-MM-DD)' })
  @IsCalendarDate()
  effectiveFrom: string;

  @Field(() => String, { nullable: true, description: 'Last day in force (YYYY-MM-DD); leave out for "until revoked"' })
  @IsOptional()
  @IsCalendarDate()
  effectiveUntil?: string | null;

  @Field(() => SignatureMethod)
  @IsEnum(SignatureMethod)
  signatureMethod: SignatureMethod;

  @Field({ description: 'YYYY-MM-DD; not in the future' })
  @IsCalendarDate()
  signedOn: string;

  @Field(() => String, { nullable: true, description: 'Where the signed form is filed' })
  @OptionalText(SHORT_TEXT_MAX_LENGTH)
  documentReference?: string | null;
}
