import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsUUID, Min } from 'class-validator';

@InputType()
export class SetInstrumentActiveInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'instrumentId must be an instrument id' })
  instrumentId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field()
  @IsBoolean()
  active: boolean;
}
