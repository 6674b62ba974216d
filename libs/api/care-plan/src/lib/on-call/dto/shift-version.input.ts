import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';

/** Names a shift at the version the caller last saw. */
@InputType()
export class ShiftVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'shiftId must be a shift id' })
  shiftId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}
