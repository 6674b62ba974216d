import { Field, ID, InputType } from '@nestjs/graphql';
import { RequiredText } from '@waymark/api/common';
import { NAME_MAX_LENGTH, TraineeRole } from '@waymark/shared/types';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';

/** One person trained: their name and who they are to the client, optionally someone in the client's network. */
@InputType()
export class TraineeInput {
  @Field()
  @RequiredText(NAME_MAX_LENGTH)
  name: string;

  @Field(() => TraineeRole)
  @IsEnum(TraineeRole, { message: 'role must be a trainee role' })
  role: TraineeRole;

  @Field(() => ID, { nullable: true, description: "The person in the client's support network, when they are one" })
  @IsOptional()
  @IsUUID('all', { message: 'contactId must be a contact id' })
  contactId?: string | null;
}
