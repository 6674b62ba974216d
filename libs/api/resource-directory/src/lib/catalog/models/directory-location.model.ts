import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocationType } from '@waymark/shared/types';
import type { AddressEntity } from '../entities/address.entity';
import type { LocationEntity } from '../entities/location.entity';
import './directory-enums';

@ObjectType('DirectoryAddress')
export class DirectoryAddressModel {
  @Field()
  line1: string;

  @Field(() => String, { nullable: true })
  line2: string | null;

  @Field()
  city: string;

  @Field(() => String, { nullable: true, description: 'County or region' })
  region: string | null;

  @Field()
  stateProvince: string;

  @Field()
  postalCode: string;

  @Field({ description: 'ISO 3166-1 alpha-2' })
  country: string;

  static from(row: AddressEntity): DirectoryAddressModel {
    const { line1, line2, city, region, stateProvince, postalCode, country } = row;
    return { line1, line2, city, region, stateProvince, postalCode, country };
  }
}

@ObjectType('DirectoryLocation', { description: 'Where an organization gives its services' })
export class DirectoryLocationModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => LocationType)
  locationType: LocationType;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'How to get there (bus lines, parking)' })
  transportation: string | null;

  @Field(() => String, { nullable: true, description: 'For a VIRTUAL location' })
  url: string | null;

  @Field(() => Float, { nullable: true })
  latitude: number | null;

  @Field(() => Float, { nullable: true })
  longitude: number | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone its hours are in' })
  timeZone: string | null;

  @Field()
  editable: boolean;

  organizationId: string | null;

  static from(row: LocationEntity, editable: boolean): DirectoryLocationModel {
    return {
      id: row.id,
      version: row.version,
      locationType: row.locationType,
      name: row.name,
      description: row.description,
      transportation: row.transportation,
      url: row.url,
      latitude: row.latitude,
      longitude: row.longitude,
      timeZone: row.timeZone,
      editable,
      organizationId: row.organizationId,
    };
  }
}
