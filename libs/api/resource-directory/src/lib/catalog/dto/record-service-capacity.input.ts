import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { OptionalText, RequiredText } from '@waymark/api/common';
import { DIRECTORY_SHORT_TEXT_MAX_LENGTH, SHORT_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

const COUNT_MAX = 1_000_000;

/** How many of a unit a service has open now; replaces what was recorded for that unit. */
@InputType()
export class RecordServiceCapacityInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'serviceId must be a service id' })
  serviceId: string;

  @Field({ description: 'What is counted: beds, appointments, slots …' })
  @RequiredText(SHORT_TEXT_MAX_LENGTH)
  unit: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(COUNT_MAX)
  available: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(COUNT_MAX)
  maximum?: number | null;

  @Field(() => String, { nullable: true })
  @OptionalText(DIRECTORY_SHORT_TEXT_MAX_LENGTH)
  description?: string | null;
}
