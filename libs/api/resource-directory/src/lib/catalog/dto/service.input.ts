import { Field, ID, InputType, Int, IntersectionType, PartialType } from '@nestjs/graphql';
import { OptionalText, UnlessOmitted } from '@waymark/api/common';
import {
  DIRECTORY_AGE_MAX,
  DIRECTORY_DESCRIPTION_MAX_LENGTH,
  DIRECTORY_DETAILS_MAX,
  DIRECTORY_NAME_MAX_LENGTH,
  DIRECTORY_SHORT_TEXT_MAX_LENGTH,
  ServiceStatus,
} from '@waymark/shared/types';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { DirectoryPhoneInput } from './phone.input';
import { RecordFields } from './record-fields.input';
import { RecordVersionInput } from './record-version.input';
import { DetailList, DetailTexts, DirectoryCostOptionInput, DirectoryLanguageInput, OpeningHoursInput } from './service-details.input';
import { IsWebAddress } from './web-address';

/** What an admin sets on a service. No initializers: the update input is a partial of it. */
@InputType({ isAbstract: true })
export class ServiceFields extends RecordFields {
  @Field(() => String, { nullable: true })
  @OptionalText(DIRECTORY_NAME_MAX_LENGTH)
  @IsWebAddress()
  url?: string | null;

  @Field(() => ServiceStatus, { nullable: true, description: 'ACTIVE unless set' })
  @UnlessOmitted()
  @IsEnum(ServiceStatus, { message: 'status must be a service status' })
  status?: ServiceStatus;

  @Field(() => String, { nullable: true })
  @OptionalText(DIRECTORY_SHORT_TEXT_MAX_LENGTH)
  interpretationServices?: string | null;

  @Field(() => String, { nullable: true, description: 'How to apply' })
  @OptionalText(DIRECTORY_DESCRIPTION_MAX_LENGTH)
  applicationProcess?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(DIRECTORY_DESCRIPTION_MAX_LENGTH)
  feesDescription?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(DIRECTORY_DESCRIPTION_MAX_LENGTH)
  eligibilityDescription?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(DIRECTORY_AGE_MAX)
  minimumAge?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(DIRECTORY_AGE_MAX)
  maximumAge?: number | null;

  @Field(() => String, { nullable: true })
  @OptionalText(DIRECTORY_SHORT_TEXT_MAX_LENGTH)
  alert?: string | null;

  @Field(() => [String], { nullable: true })
  @DetailTexts()
  keywords?: string[];

  @Field(() => [String], { nullable: true, description: 'Taxonomy codes; replaces the categories as a whole' })
  @DetailTexts()
  categories?: string[];

  @Field(() => [DirectoryLanguageInput], { nullable: true })
  @DetailList(() => DirectoryLanguageInput)
  languages?: DirectoryLanguageInput[];

  @Field(() => [OpeningHoursInput], { nullable: true })
  @DetailList(() => OpeningHoursInput)
  openingHours?: OpeningHoursInput[];

  @Field(() => [String], { nullable: true, description: 'Documents to bring' })
  @DetailTexts()
  requiredDocuments?: string[];

  @Field(() => [DirectoryCostOptionInput], { nullable: true })
  @DetailList(() => DirectoryCostOptionInput)
  costOptions?: DirectoryCostOptionInput[];

  @Field(() => [String], { nullable: true, description: 'Places served (city, county, zip …)' })
  @DetailTexts()
  serviceAreas?: string[];

  @Field(() => [DirectoryPhoneInput], { nullable: true })
  @DetailList(() => DirectoryPhoneInput)
  phones?: DirectoryPhoneInput[];

  @Field(() => [ID], { nullable: true, description: "The organization's locations it is offered at" })
  @UnlessOmitted()
  @IsArray()
  @ArrayMaxSize(DIRECTORY_DETAILS_MAX)
  @IsUUID('all', { each: true, message: 'locationIds must be location ids' })
  locationIds?: string[];
}

@InputType()
export class CreateDirectoryServiceInput extends ServiceFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'organizationId must be an organization id' })
  organizationId: string;
}

/** Changes the fields sent; a list sent replaces that list as a whole. */
@InputType()
export class UpdateDirectoryServiceInput extends IntersectionType(RecordVersionInput, PartialType(ServiceFields, { skipNullProperties: false, omitDefaultValues: true })) {}
