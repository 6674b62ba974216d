import { Field, ID, InputType } from '@nestjs/graphql';
import { RequiredText } from '@waymark/api/common';
import { SHORT_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { IsUUID } from 'class-validator';

@InputType()
export class RevealClientIdentifierInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'identifierId must be an identifier id' })
  identifierId: string;

  @Field({ description: 'Why the full value is needed; recorded with the reveal' })
  @RequiredText(SHORT_TEXT_MAX_LENGTH)
  reason: string;
}
