import { Field, GraphQLISODateTime, InputType } from '@nestjs/graphql';
import { IsCalendarDate, OptionalText, RequiredText, UnlessOmitted } from '@waymark/api/common';
import { IncidentSeverity, IncidentType, LONG_TEXT_MAX_LENGTH, SHORT_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { IsDate, IsEnum, IsOptional } from 'class-validator';

/**
 * What the reporter records. No property initializers: the update input is a partial of this
 * class and must not inherit defaults. Required fields are checked unless omitted: left out of
 * an update they stay as they are, and null is refused.
 */
@InputType({ isAbstract: true })
export class IncidentFields {
  @Field(() => IncidentType)
  @UnlessOmitted()
  @IsEnum(IncidentType, { message: 'incidentType must be an incident type' })
  incidentType: IncidentType;

  @Field(() => IncidentSeverity)
  @UnlessOmitted()
  @IsEnum(IncidentSeverity, { message: 'severity must be an incident severity' })
  severity: IncidentSeverity;

  @Field(() => GraphQLISODateTime, { description: 'When it happened; not in the future' })
  @UnlessOmitted()
  @IsDate({ message: 'occurredAt must be a date and time' })
  occurredAt: Date;

  @Field(() => String, { nullable: true })
  @OptionalText(SHORT_TEXT_MAX_LENGTH)
  location?: string | null;

  @Field({ description: 'What happened' })
  @UnlessOmitted()
  @RequiredText(LONG_TEXT_MAX_LENGTH)
  description: string;

  @Field(() => String, { nullable: true })
  @OptionalText(LONG_TEXT_MAX_LENGTH)
  actionsTaken?: string | null;

  @Field(() => String, { nullable: true, description: "When follow-up is due, as 'YYYY-MM-DD'" })
  @IsOptional()
  @IsCalendarDate()
  followUpDue?: string | null;
}
