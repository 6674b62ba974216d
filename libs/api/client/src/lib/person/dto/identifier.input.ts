import { Field, InputType } from '@nestjs/graphql';
import { RequiredText } from '@waymark/api/common';
import { IDENTIFIER_VALUE_MAX_LENGTH, IdentifierKind } from '@waymark/shared/types';
import { IsEnum } from 'class-validator';
import '../client-enums';

@InputType()
export class IdentifierInput {
  @Field(() => IdentifierKind)
  @IsEnum(IdentifierKind)
  kind: IdentifierKind;

  @Field({ description: 'Stored encrypted; shown masked from then on' })
  @RequiredText(IDENTIFIER_VALUE_MAX_LENGTH)
  value: string;
}
