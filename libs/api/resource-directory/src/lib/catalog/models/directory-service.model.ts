import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ServiceStatus } from '@waymark/shared/types';
import type { ServiceEntity } from '../entities/service.entity';
import './directory-enums';
import { DirectoryRecordModel, recordFields } from './directory-record.model';

@ObjectType('DirectoryService', { description: 'A service of the resource directory (HSDS) with everything a service page shows' })
export class DirectoryServiceModel extends DirectoryRecordModel {
  @Field(() => String, { nullable: true })
  url: string | null;

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

  organizationId: string;

  static from(row: ServiceEntity, editable: boolean): DirectoryServiceModel {
    const { url, status, minimumAge, maximumAge, eligibilityDescription, feesDescription, applicationProcess, interpretationServices, keywords, alert, organizationId } = row;
    return {
      ...recordFields(row, editable),
      url,
      status,
      minimumAge,
      maximumAge,
      eligibilityDescription,
      feesDescription,
      applicationProcess,
      interpretationServices,
      keywords,
      alert,
      organizationId,
    };
  }
}
