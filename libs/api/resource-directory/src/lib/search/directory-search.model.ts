import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@waymark/api/common';
import { ServiceStatus } from '@waymark/shared/types';
import '../catalog/models/directory-enums';

@ObjectType('TaxonomyTermRef', { description: 'A category a search result is filed under' })
export class TaxonomyTermRefModel {
  @Field()
  code: string;

  @Field({ description: 'In English' })
  name: string;

  @Field(() => String, { nullable: true, description: 'In Spanish' })
  nameEs: string | null;
}

@ObjectType('DirectorySearchHit', { description: 'A service as a result card shows it' })
export class DirectorySearchHitModel {
  @Field(() => ID)
  serviceId: string;

  @Field()
  name: string;

  @Field()
  organizationName: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => ServiceStatus)
  status: ServiceStatus;

  @Field(() => String, { nullable: true, description: 'The nearest location’s address on one line (the first location’s without a point)' })
  address: string | null;

  @Field(() => Float, { nullable: true })
  latitude: number | null;

  @Field(() => Float, { nullable: true })
  longitude: number | null;

  @Field(() => Float, { nullable: true, description: 'From the point searched near to the nearest location, in kilometres' })
  distanceKm: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Open at this moment by its hours in local time; null when it lists no hours' })
  openNow: boolean | null;

  @Field(() => [String], { description: 'ISO 639 codes of the languages spoken' })
  languages: string[];

  @Field(() => [TaxonomyTermRefModel])
  categories: TaxonomyTermRefModel[];

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => Int, { nullable: true })
  minimumAge: number | null;

  @Field(() => Int, { nullable: true })
  maximumAge: number | null;

  @Field({ description: 'The organization is an agency on Waymark: a referral reaches its inbox and its answers come back' })
  onWaymark: boolean;
}

@ObjectType('FacetCount')
export class FacetCountModel {
  @Field({ description: 'A top-level taxonomy code, or an ISO 639 language code' })
  code: string;

  @Field({ description: 'In English' })
  name: string;

  @Field(() => String, { nullable: true, description: 'In Spanish (categories only)' })
  nameEs: string | null;

  @Field(() => Int)
  count: number;
}

@ObjectType('DirectorySearchFacets', { description: 'Counts over everything the search finds; each facet ignores its own filter' })
export class DirectorySearchFacetsModel {
  @Field(() => [FacetCountModel], { description: 'Per top-level category' })
  categories: FacetCountModel[];

  @Field(() => [FacetCountModel])
  languages: FacetCountModel[];
}

@ObjectType('DirectorySearchResult')
export class DirectorySearchResultModel extends Connection(DirectorySearchHitModel, 'DirectorySearchHit') {
  @Field(() => Int)
  totalCount: number;

  @Field(() => DirectorySearchFacetsModel)
  facets: DirectorySearchFacetsModel;

  @Field(() => String, { nullable: true, description: 'The words as searched when a typo was corrected to a word of the directory ("shleter" → "shelter"); null when none was' })
  correctedText: string | null;
}
