import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';

/** Names an appointment at the version the caller last saw. */
@InputType()
export class AppointmentVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'appointmentId must be an appointment id' })
  appointmentId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}
