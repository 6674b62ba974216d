import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { TaskVersionInput } from './task-version.input';

@InputType()
export class ReassignTaskInput extends TaskVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'assigneeId must be a user id' })
  assigneeId: string;
}
