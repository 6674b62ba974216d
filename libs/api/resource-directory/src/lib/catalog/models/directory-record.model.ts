import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { DirectoryRecordEntity } from '../entities/directory-record';

/** The fields a directory organization and service share. */
@ObjectType({ isAbstract: true })
export abstract class DirectoryRecordModel {
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
  email: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: when someone last checked it' })
  lastVerifiedOn: string | null;

  @Field({ description: 'Whether the caller may edit it: an admin of the agency that keeps it' })
  editable: boolean;
}

export function recordFields(row: DirectoryRecordEntity, editable: boolean): DirectoryRecordModel {
  const { id, version, name, alternateName, description, email, lastVerifiedOn } = row;
  return { id, version, name, alternateName, description, email, lastVerifiedOn, editable };
}
