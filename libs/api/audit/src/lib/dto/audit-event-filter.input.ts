import { ArgsType, Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { PageArgs } from '@waymark/api/common';
import { AUDIT_FILTER_ACTIONS_MAX, AuditAction } from '@waymark/shared/types';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDate, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import '../audit-enums';

/** Which events of the agency's trail to show; every field narrows, none set shows them all. */
@InputType()
export class AuditEventFilter {
  @Field(() => ID, { nullable: true, description: 'Events about this client' })
  @IsOptional()
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Events by this user (or API client)' })
  @IsOptional()
  @IsUUID('all', { message: 'actorId must be a user id' })
  actorId?: string | null;

  @Field(() => [AuditAction], { nullable: true, description: 'Any of these actions' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(AUDIT_FILTER_ACTIONS_MAX)
  @IsEnum(AuditAction, { each: true, message: 'actions must be audit actions' })
  actions?: AuditAction[] | null;

  @Field(() => String, { nullable: true, description: 'Events about this kind of record (Client, CaseNote, Task …)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityType?: string | null;

  @Field(() => String, { nullable: true, description: 'Events about this record (with or without entityType)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  entityId?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Events at or after' })
  @IsOptional()
  @IsDate({ message: 'from must be a date and time' })
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Events before' })
  @IsOptional()
  @IsDate({ message: 'to must be a date and time' })
  to?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Only HIGH severity events (see auditSeverity)' })
  @IsOptional()
  @IsBoolean()
  highSeverityOnly?: boolean | null;
}

@ArgsType()
export class AuditEventsArgs extends PageArgs {
  @Field(() => AuditEventFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditEventFilter)
  filter?: AuditEventFilter | null;
}

@ArgsType()
export class AuditExportArgs {
  @Field(() => AuditEventFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditEventFilter)
  filter?: AuditEventFilter | null;
}

@ArgsType()
export class ClientViewersArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId: string;
}
