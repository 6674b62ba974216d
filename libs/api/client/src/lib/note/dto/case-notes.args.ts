import { ArgsType, Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { FilterPageArgs } from '@waymark/api/common';
import { NOTE_TYPES, NoteType } from '@waymark/shared/types';
import { ArrayMaxSize, IsDate, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { ClientPageArgs } from '../../shared/dto/client-id.args';

@InputType('CaseNoteFilter', { description: "Which of a client's notes: by type, author and when the contact happened" })
export class CaseNoteFilter {
  @Field(() => [NoteType], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(NOTE_TYPES.length)
  @IsEnum(NoteType, { each: true, message: 'types must be note types' })
  types?: NoteType[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'authorId must be a user id' })
  authorId?: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Contacts at or after this instant' })
  @IsOptional()
  @IsDate({ message: 'from must be a date and time' })
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Contacts at or before this instant' })
  @IsOptional()
  @IsDate({ message: 'to must be a date and time' })
  to?: Date;
}

/** A client's notes, newest first, narrowed by type, author and when the contact happened. */
@ArgsType()
export class CaseNotesArgs extends FilterPageArgs(CaseNoteFilter, ClientPageArgs) {}
