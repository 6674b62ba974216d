import { Field, ID, InputType } from '@nestjs/graphql';
import { OptionalText, RequiredText } from '@waymark/api/common';
import { REFERRAL_NEED_CODE_MAX_LENGTH, REFERRAL_NEEDS_MAX, REFERRAL_NOTE_MAX_LENGTH, REFERRAL_REASON_MAX_LENGTH, REFERRAL_URGENCIES, ReferralUrgency } from '@waymark/shared/types';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ReferralUrgency as UrgencyEnum } from '../referral-enums';
import { ReferralProviderInput } from './referral-provider.input';

/** What a referral says, whether drafted or sent: whom it goes to (a directory service or a provider by hand), why, and how urgently. */
@InputType({ isAbstract: true })
export class ReferralFieldsInput {
  @Field(() => ID, { nullable: true, description: 'The directory service; or give provider' })
  @IsOptional()
  @IsUUID('all', { message: 'serviceId must be a service id' })
  serviceId?: string | null;

  @Field(() => ReferralProviderInput, { nullable: true, description: 'A provider typed in by hand, when the service is not in the directory' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReferralProviderInput)
  provider?: ReferralProviderInput | null;

  @Field()
  @RequiredText(REFERRAL_REASON_MAX_LENGTH)
  reason: string;

  @Field(() => [String], { nullable: true, description: `Taxonomy codes of the needs, at most ${REFERRAL_NEEDS_MAX}` })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(REFERRAL_NEEDS_MAX)
  @IsString({ each: true })
  @MaxLength(REFERRAL_NEED_CODE_MAX_LENGTH, { each: true })
  needs?: string[] | null;

  @Field(() => UrgencyEnum, { nullable: true, defaultValue: ReferralUrgency.ROUTINE })
  @IsOptional()
  @IsEnum(REFERRAL_URGENCIES, { message: 'urgency must be ROUTINE, URGENT or EMERGENCY' })
  urgency?: ReferralUrgency | null;

  @Field(() => String, { nullable: true })
  @OptionalText(REFERRAL_NOTE_MAX_LENGTH)
  noteForReceiver?: string | null;

  @Field(() => ID, { nullable: true, description: "The client's consent that covers sharing with a provider off Waymark; a send to an agency on Waymark finds the consent in force itself" })
  @IsOptional()
  @IsUUID('all', { message: 'consentId must be a consent id' })
  consentId?: string | null;
}
