import { Field, InputType } from '@nestjs/graphql';
import { IDENTIFIER_VALUE_MAX_LENGTH, IdentifierKind } from '@waymark/shared/types';
import { IsEnum } from 'class-validator';
import '../client-enums';
import { RequiredText } from './field-rules';

@InputType()
export class IdentifierInput {
  @Field(() => IdentifierKind)
  @IsEnum(IdentifierKind)
  kind: IdentifierKind;

  @Field({ description: 'Stored encrypted; shown masked from then on' })
  @RequiredText(IDENTIFIER_VALUE_MAX_LENGTH)
  value: string;
}
