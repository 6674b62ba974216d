import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class ResourceListIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a resource list id' })
  id: string;
}
