import { Field, ID, InputType } from '@nestjs/graphql';
import { BREAK_GLASS_REASON_MAX_LENGTH } from '@waymark/shared/types';
import { IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class BreakGlassInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId: string;

  @Field({ description: `Why the record must be opened now (required, at most ${BREAK_GLASS_REASON_MAX_LENGTH} characters); the supervisors read it` })
  @IsString()
  @MaxLength(BREAK_GLASS_REASON_MAX_LENGTH, { message: `reason must be at most ${BREAK_GLASS_REASON_MAX_LENGTH} characters` })
  reason: string;
}
