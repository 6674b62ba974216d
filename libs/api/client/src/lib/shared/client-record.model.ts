import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

/** The columns every editable record of a client has. */
export interface ClientRecordRow {
  id: string;
  version: number;
  clientId: string;
  createdAt: Date;
  updatedAt: Date;
}

/** What every editable record of a client shows: which one, whose, the version to send back with a change, and when. */
@ObjectType({ isAbstract: true })
export abstract class ClientRecordModel implements ClientRecordRow {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Send it back with a change; a stale version is refused with CONFLICT' })
  version: number;

  @Field(() => ID)
  clientId: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

/** A row's record fields, for a model's `from`. */
export function recordFields({ id, version, clientId, createdAt, updatedAt }: ClientRecordRow): ClientRecordRow {
  return { id, version, clientId, createdAt, updatedAt };
}
