import { Field, Float, ID, InputType, IntersectionType, PartialType } from '@nestjs/graphql';
import { OptionalText, RequiredText, Trim, UnlessOmitted } from '@waymark/api/common';
import { COUNTRY_CODE_PATTERN, DIRECTORY_NAME_MAX_LENGTH, DIRECTORY_SHORT_TEXT_MAX_LENGTH, LocationType, SHORT_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { Type } from 'class-transformer';
import { IsEnum, IsLatitude, IsLongitude, IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';
import { DirectoryPhoneInput } from './phone.input';
import { RecordVersionInput } from './record-version.input';
import { DetailList } from './service-details.input';
import { IsWebAddress } from './web-address';

@InputType()
export class DirectoryAddressInput {
  @Field()
  @RequiredText(DIRECTORY_NAME_MAX_LENGTH)
  line1: string;

  @Field(() => String, { nullable: true })
  @OptionalText(DIRECTORY_NAME_MAX_LENGTH)
  line2?: string | null;

  @Field()
  @RequiredText(SHORT_TEXT_MAX_LENGTH)
  city: string;

  @Field(() => String, { nullable: true, description: 'County or region' })
  @OptionalText(SHORT_TEXT_MAX_LENGTH)
  region?: string | null;

  @Field()
  @RequiredText(SHORT_TEXT_MAX_LENGTH)
  stateProvince: string;

  @Field()
  @RequiredText(SHORT_TEXT_MAX_LENGTH)
  postalCode: string;

  @Field({ defaultValue: 'US', description: 'ISO 3166-1 alpha-2' })
  @Trim()
  @Matches(COUNTRY_CODE_PATTERN, { message: 'country must be a 2-letter country code such as US' })
  country: string = 'US';
}

/** What an admin sets on a location. No initializers: the update input is a partial of it. */
@InputType({ isAbstract: true })
export class LocationFields {
  @Field(() => LocationType, { nullable: true, description: 'PHYSICAL unless set' })
  @UnlessOmitted()
  @IsEnum(LocationType, { message: 'locationType must be PHYSICAL, POSTAL or VIRTUAL' })
  locationType?: LocationType;

  @Field(() => String, { nullable: true })
  @OptionalText(DIRECTORY_NAME_MAX_LENGTH)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(DIRECTORY_SHORT_TEXT_MAX_LENGTH)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'How to get there (bus lines, parking)' })
  @OptionalText(DIRECTORY_SHORT_TEXT_MAX_LENGTH)
  transportation?: string | null;

  @Field(() => String, { nullable: true, description: 'For a VIRTUAL location' })
  @OptionalText(DIRECTORY_NAME_MAX_LENGTH)
  @IsWebAddress()
  url?: string | null;

  @Field(() => Float, { nullable: true, description: 'Given with longitude, or neither' })
  @IsOptional()
  @IsLatitude({ message: 'latitude must be between -90 and 90' })
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsLongitude({ message: 'longitude must be between -180 and 180' })
  longitude?: number | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone its hours are in, e.g. America/Los_Angeles' })
  @OptionalText(SHORT_TEXT_MAX_LENGTH)
  timeZone?: string | null;

  @Field(() => DirectoryAddressInput, { nullable: true, description: 'Its street address; null removes it' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DirectoryAddressInput)
  address?: DirectoryAddressInput | null;

  @Field(() => [DirectoryPhoneInput], { nullable: true, description: 'Replaces its phones as a whole' })
  @DetailList(() => DirectoryPhoneInput)
  phones?: DirectoryPhoneInput[];
}

@InputType()
export class CreateDirectoryLocationInput extends LocationFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'organizationId must be an organization id' })
  organizationId: string;
}

/** Changes the fields sent; a field left out stays, null clears an optional one. */
@InputType()
export class UpdateDirectoryLocationInput extends IntersectionType(RecordVersionInput, PartialType(LocationFields, { skipNullProperties: false, omitDefaultValues: true })) {}
