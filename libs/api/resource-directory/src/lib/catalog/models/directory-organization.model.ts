import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@waymark/api/common';
import { DirectoryVisibility } from '@waymark/shared/types';
import type { OrganizationEntity } from '../entities/organization.entity';
import './directory-enums';

@ObjectType('DirectoryOrganization', { description: 'An organization of the resource directory (HSDS)' })
export class DirectoryOrganizationModel {
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
  website: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => DirectoryVisibility)
  visibility: DirectoryVisibility;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  lastVerifiedOn: string | null;

  @Field({ description: 'Whether the caller may edit it: an admin of the agency that keeps it' })
  editable: boolean;

  /** The agency on Waymark it is (resolved to waymarkAgency). */
  waymarkAgencyId: string | null;

  static from(row: OrganizationEntity, editable: boolean): DirectoryOrganizationModel {
    return {
      id: row.id,
      version: row.version,
      name: row.name,
      alternateName: row.alternateName,
      description: row.description,
      website: row.website,
      email: row.email,
      visibility: row.visibility,
      lastVerifiedOn: row.lastVerifiedOn,
      editable,
      waymarkAgencyId: row.waymarkAgencyId,
    };
  }
}

@ObjectType('DirectoryOrganizationConnection')
export class DirectoryOrganizationConnection extends Connection(DirectoryOrganizationModel, 'DirectoryOrganization') {}
