import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@waymark/api/common';
import { AuditSeverity, auditSeverity } from '@waymark/shared/types';
import { GraphQLJSON } from 'graphql-scalars';
import type { AuditEventEntity } from './audit-event.entity';
import './audit-enums';

@ObjectType('AuditEvent')
export class AuditEventModel {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  occurredAt: Date;

  @Field()
  action: string;

  @Field(() => AuditSeverity)
  severity: AuditSeverity;

  @Field()
  actorType: string;

  @Field(() => ID, { nullable: true })
  actorId: string | null;

  @Field(() => String, { nullable: true })
  entityType: string | null;

  @Field(() => ID, { nullable: true })
  entityId: string | null;

  @Field(() => ID, { nullable: true })
  clientId: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Changed fields as { field: { from, to } }; sensitive values redacted' })
  changes: Record<string, unknown> | null;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => String, { nullable: true })
  requestId: string | null;

  @Field(() => String, { nullable: true })
  ip: string | null;

  @Field(() => String, { nullable: true })
  userAgent: string | null;

  static from(row: AuditEventEntity): AuditEventModel {
    return {
      id: row.id,
      occurredAt: row.occurredAt,
      action: row.action,
      severity: auditSeverity(row.action, row.changes),
      actorType: row.actorType,
      actorId: row.actorId,
      entityType: row.entityType,
      entityId: row.entityId,
      clientId: row.clientId,
      changes: row.changes,
      reason: row.reason,
      requestId: row.requestId,
      ip: row.ip,
      userAgent: row.userAgent,
    };
  }
}

@ObjectType()
export class AuditEventConnection extends Connection(AuditEventModel, 'AuditEvent') {}
