import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@waymark/api/common';
import type { ApiClientEntity } from './api-client.entity';

export const ApiClientStatus = { ACTIVE: 'ACTIVE', EXPIRED: 'EXPIRED', REVOKED: 'REVOKED' } as const;
export type ApiClientStatus = (typeof ApiClientStatus)[keyof typeof ApiClientStatus];
registerEnumType(ApiClientStatus, { name: 'ApiClientStatus', description: 'Whether an API key works' });

/** An API client as an admin sees it: never its secret. */
@ObjectType('ApiClient')
export class ApiClientModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => [String])
  scopes: string[];

  @Field(() => [String], { description: 'Empty means any address' })
  allowedCidrs: string[];

  @Field(() => ApiClientStatus)
  status: ApiClientStatus;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  revokedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the secret was last replaced' })
  rotatedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the key was last used' })
  lastUsedAt: Date | null;

  @Field(() => String, { nullable: true })
  lastUsedIp: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => Int, { description: 'Send it back with a change; a stale version is refused with CONFLICT' })
  version: number;

  static from(row: ApiClientEntity, now = new Date()): ApiClientModel {
    return {
      id: row.id,
      name: row.name,
      scopes: row.scopes,
      allowedCidrs: row.allowedCidrs,
      status: row.revokedAt ? ApiClientStatus.REVOKED : row.expiresAt <= now ? ApiClientStatus.EXPIRED : ApiClientStatus.ACTIVE,
      expiresAt: row.expiresAt,
      revokedAt: row.revokedAt,
      rotatedAt: row.rotatedAt,
      lastUsedAt: row.lastUsedAt,
      lastUsedIp: row.lastUsedIp,
      createdAt: row.createdAt,
      version: row.version,
    };
  }
}

@ObjectType()
export class ApiClientConnection extends Connection(ApiClientModel, 'ApiClient') {}

/** A key just made or rotated: the only time its token is ever shown. */
@ObjectType('ApiClientWithToken')
export class ApiClientWithTokenModel {
  @Field(() => ApiClientModel)
  client: ApiClientModel;

  @Field({ description: 'The bearer token. Shown once: only its hash is kept, so copy it now.' })
  token: string;
}
