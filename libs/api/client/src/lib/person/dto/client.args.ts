import { ArgsType, Field, ID } from '@nestjs/graphql';
import { OptionalText } from '@waymark/api/common';
import { SHORT_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { IsUUID } from 'class-validator';

@ArgsType()
export class ClientArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a client id' })
  id: string;

  @Field(() => String, {
    nullable: true,
    description: 'Why a case manager opens a client outside their caseload (asked for with ACCESS_REASON_REQUIRED); recorded',
  })
  @OptionalText(SHORT_TEXT_MAX_LENGTH)
  accessReason?: string | null;
}
