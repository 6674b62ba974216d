import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class DocumentIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a document id' })
  id: string;
}
