import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { OptionalText } from '@waymark/api/common';
import {
  DIRECTORY_AGE_MAX,
  DIRECTORY_PAGE_SIZE_DEFAULT,
  DIRECTORY_RADIUS_MAX_KM,
  DIRECTORY_SEARCH_TEXT_MAX_LENGTH,
  DIRECTORY_TAXONOMY_FILTER_MAX,
  DirectorySort,
  LANGUAGE_CODE_PATTERN,
  PAGE_SIZE_MAX,
} from '@waymark/shared/types';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import '../directory-sort.enum';

@InputType()
export class GeoPointInput {
  @Field(() => Float)
  @IsLatitude({ message: 'latitude must be between -90 and 90' })
  latitude: number;

  @Field(() => Float)
  @IsLongitude({ message: 'longitude must be between -180 and 180' })
  longitude: number;
}

@InputType()
export class DirectorySearchInput {
  @Field(() => String, { nullable: true, description: 'Words of a name, description, alternate name or keyword; stemmed ("pantries" finds "pantry"), typos forgiven; web-search syntax ("exact phrase", or, -not)' })
  @OptionalText(DIRECTORY_SEARCH_TEXT_MAX_LENGTH)
  text?: string | null;

  @Field(() => [String], { nullable: true, description: 'Taxonomy term codes; a service under any of them, or any of their children, matches' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(DIRECTORY_TAXONOMY_FILTER_MAX)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  taxonomyCodes?: string[] | null;

  @Field(() => String, { nullable: true, description: 'ISO 639 code of a language spoken by the service or at one of its locations (es, vi…)' })
  @IsOptional()
  @Matches(LANGUAGE_CODE_PATTERN, { message: 'languageCode must be an ISO 639 language code such as es' })
  languageCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only services whose age limits admit a person of this age' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(DIRECTORY_AGE_MAX)
  age?: number | null;

  @Field(() => GeoPointInput, { nullable: true, description: 'Measure distances from this point (a client’s address, the office)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => GeoPointInput)
  near?: GeoPointInput | null;

  @Field(() => Float, { nullable: true, description: 'Only services with a location this close to `near`, in kilometres' })
  @IsOptional()
  @IsNumber()
  @Min(0.1)
  @Max(DIRECTORY_RADIUS_MAX_KM)
  radiusKm?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Only services open at this moment, by their hours in local time' })
  @IsOptional()
  @IsBoolean()
  openNow?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Also services that are inactive, defunct or temporarily closed' })
  @IsOptional()
  @IsBoolean()
  includeInactive?: boolean | null;

  @Field(() => DirectorySort, { nullable: true, description: 'RELEVANCE by default with words, DISTANCE with a point, else NAME' })
  @IsOptional()
  @IsEnum(DirectorySort)
  sort?: DirectorySort | null;

  @Field(() => Int, { defaultValue: DIRECTORY_PAGE_SIZE_DEFAULT })
  @IsInt()
  @Min(1)
  @Max(PAGE_SIZE_MAX)
  first: number = DIRECTORY_PAGE_SIZE_DEFAULT;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page, with the same search' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string | null;
}
