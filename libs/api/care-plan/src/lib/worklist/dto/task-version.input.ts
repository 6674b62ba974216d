import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';

/** Names a task at the version the caller last saw. */
@InputType({ isAbstract: true })
export class TaskVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'taskId must be a task id' })
  taskId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}
