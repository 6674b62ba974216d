import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { LONG_TEXT_MAX_LENGTH, NOTE_DURATION_MAX_MINUTES, NOTE_PARTICIPANTS_MAX_LENGTH, NoteType, SHORT_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { OptionalText, UnlessOmitted } from '@waymark/api/common';
import { IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

/**
 * What a worker writes in a note. No property initializers: the update input is a partial of
 * this class and must not inherit defaults; required fields left out of an update stay as they
 * are, and null is refused for them. The narrative is kept as typed (not trimmed):
 * drafts save while the worker types, and a trailing space is part of what they are typing.
 */
@InputType({ isAbstract: true })
export class CaseNoteFields {
  @Field(() => ID, { nullable: true, description: "One of the client's enrollments, if the contact was for a program" })
  @IsOptional()
  @IsUUID('all', { message: 'enrollmentId must be an enrollment id' })
  enrollmentId?: string | null;

  @Field(() => NoteType)
  @UnlessOmitted()
  @IsEnum(NoteType, { message: 'noteType must be a note type' })
  noteType: NoteType;

  @Field(() => GraphQLISODateTime, { description: 'When the contact happened; not in the future' })
  @UnlessOmitted()
  @IsDate({ message: 'occurredAt must be a date and time' })
  occurredAt: Date;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(NOTE_DURATION_MAX_MINUTES)
  durationMinutes?: number | null;

  @Field(() => String, { nullable: true })
  @OptionalText(SHORT_TEXT_MAX_LENGTH)
  place?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(NOTE_PARTICIPANTS_MAX_LENGTH)
  participants?: string | null;

  @Field(() => String, { nullable: true, description: 'May be empty in a draft; a note needs one to be signed' })
  @UnlessOmitted()
  @IsString()
  @MaxLength(LONG_TEXT_MAX_LENGTH)
  narrative?: string;
}
