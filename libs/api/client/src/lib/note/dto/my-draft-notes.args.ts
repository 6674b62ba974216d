import { ArgsType, Field, ID } from '@nestjs/graphql';
import { PageArgs } from '@waymark/api/common';
import { IsOptional, IsUUID } from 'class-validator';

/** The caller's unsigned notes, for the composer to resume; one client's, or all of them. */
@ArgsType()
export class MyDraftNotesArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId?: string;
}
