import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';

/** Names a directory record at the version the caller last saw. */
@InputType({ isAbstract: true })
export class RecordVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a directory id' })
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}
