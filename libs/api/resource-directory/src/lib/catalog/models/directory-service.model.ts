import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ServiceStatus } from '@waymark/shared/types';
import type { ServiceEntity } from '../entities/service.entity';
import './directory-enums';

@ObjectType('DirectoryService', { description: 'A service of the resource directory (HSDS) with everything a service page shows' })
export class DirectoryServiceModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  alternateName: string | null;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true })
  url: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => ServiceStatus)
  status: ServiceStatus;

  @Field(() => Int, { nullable: true })
  minimumAge: number | null;

  @Field(() => Int, { nullable: true })
  maximumAge: number | null;

  @Field(() => String, { nullable: true })
  eligibilityDescription: string | null;

  @Field(() => String, { nullable: true })
  feesDescription: string | null;

  @Field(() => String, { nullable: true, description: 'How to apply' })
  applicationProcess: string | null;

  @Field(() => String, { nullable: true })
  interpretationServices: string | null;

  @Field(() => [String])
  keywords: string[];

  @Field(() => String, { nullable: true, description: 'A notice shown above the service (e.g. closed for the holidays)' })
  alert: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  lastVerifiedOn: string | null;

  @Field({ description: 'Whether the caller may edit it: an admin of the agency that keeps it' })
  editable: boolean;

  organizationId: string;

  static from(row: ServiceEntity, editable: boolean): DirectoryServiceModel {
    return {
      id: row.id,
      version: row.version,
      name: row.name,
      alternateName: row.alternateName,
      description: row.description,
      url: row.url,
      email: row.email,
      status: row.status,
      minimumAge: row.minimumAge,
      maximumAge: row.maximumAge,
      eligibilityDescription: row.eligibilityDescription,
      feesDescription: row.feesDescription,
      applicationProcess: row.applicationProcess,
      interpretationServices: row.interpretationServices,
      keywords: row.keywords,
      alert: row.alert,
      lastVerifiedOn: row.lastVerifiedOn,
      editable,
      organizationId: row.organizationId,
    };
  }
}
