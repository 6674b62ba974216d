import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

/** One directory record by id. */
@ArgsType()
export class DirectoryIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a directory id' })
  id: string;
}
