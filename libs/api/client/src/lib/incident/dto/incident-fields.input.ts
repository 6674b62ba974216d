import { Field, GraphQLISODateTime, InputType } from '@nestjs/graphql';
import { CALENDAR_DATE_PATTERN, IncidentSeverity, IncidentType, LONG_TEXT_MAX_LENGTH, SHORT_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { IsDate, IsEnum, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { Trim, TrimToNull } from '../../note/dto/text-transforms';

/** Left out means "unchanged" on an update; null is refused for these. */
const present = (_: object, value: unknown) => value !== undefined;

/**
 * What the reporter records. No property initializers: the update input is a partial of this
 * class and must not inherit defaults.
 */
@InputType({ isAbstract: true })
export class IncidentFields {
  @Field(() => IncidentType)
  @ValidateIf(present)
  @IsEnum(IncidentType, { message: 'incidentType must be an incident type' })
  incidentType: IncidentType;

  @Field(() => IncidentSeverity)
  @ValidateIf(present)
  @IsEnum(IncidentSeverity, { message: 'severity must be an incident severity' })
  severity: IncidentSeverity;

  @Field(() => GraphQLISODateTime, { description: 'When it happened; not in the future' })
  @ValidateIf(present)
  @IsDate({ message: 'occurredAt must be a date and time' })
  occurredAt: Date;

  @Field(() => String, { nullable: true })
  @TrimToNull()
  @IsOptional()
  @IsString()
  @MaxLength(SHORT_TEXT_MAX_LENGTH)
  location?: string | null;

  @Field({ description: 'What happened' })
  @Trim()
  @ValidateIf(present)
  @IsString()
  @IsNotEmpty({ message: 'description must not be empty' })
  @MaxLength(LONG_TEXT_MAX_LENGTH)
  description: string;

  @Field(() => String, { nullable: true })
  @TrimToNull()
  @IsOptional()
  @IsString()
  @MaxLength(LONG_TEXT_MAX_LENGTH)
  actionsTaken?: string | null;

  @Field(() => String, { nullable: true, description: "When follow-up is due, as 'YYYY-MM-DD'" })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'followUpDue must be a real calendar date' })
  @Matches(CALENDAR_DATE_PATTERN, { message: 'followUpDue must be a date as YYYY-MM-DD' })
  followUpDue?: string | null;
}
