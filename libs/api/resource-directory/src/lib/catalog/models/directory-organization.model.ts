import { Field, ObjectType } from '@nestjs/graphql';
import { Connection } from '@waymark/api/common';
import { DirectoryVisibility } from '@waymark/shared/types';
import type { OrganizationEntity } from '../entities/organization.entity';
import './directory-enums';
import { DirectoryRecordModel, recordFields } from './directory-record.model';

@ObjectType('DirectoryOrganization', { description: 'An organization of the resource directory (HSDS)' })
export class DirectoryOrganizationModel extends DirectoryRecordModel {
  @Field(() => String, { nullable: true })
  website: string | null;

  @Field(() => DirectoryVisibility)
  visibility: DirectoryVisibility;

  /** The agency on Waymark it is (resolved to waymarkAgency). */
  waymarkAgencyId: string | null;

  static from(row: OrganizationEntity, editable: boolean): DirectoryOrganizationModel {
    return { ...recordFields(row, editable), website: row.website, visibility: row.visibility, waymarkAgencyId: row.waymarkAgencyId };
  }
}

@ObjectType('DirectoryOrganizationConnection')
export class DirectoryOrganizationConnection extends Connection(DirectoryOrganizationModel, 'DirectoryOrganization') {}
