import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { RequiredText } from '@waymark/api/common';
import { SHORT_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { IsInt, IsUUID, Min } from 'class-validator';

/** Folds the source record into the target; the source stays as an alias pointing at the target. */
@InputType()
export class MergeClientsInput {
  @Field(() => ID, { description: 'The duplicate, kept as an alias' })
  @IsUUID('all', { message: 'sourceClientId must be a client id' })
  sourceClientId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  sourceVersion: number;

  @Field(() => ID, { description: 'The record that lives on' })
  @IsUUID('all', { message: 'targetClientId must be a client id' })
  targetClientId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  targetVersion: number;

  @Field()
  @RequiredText(SHORT_TEXT_MAX_LENGTH)
  reason: string;
}
