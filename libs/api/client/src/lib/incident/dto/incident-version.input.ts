import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';

/** Names an incident at the version the caller last saw. */
@InputType()
export class IncidentVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'incidentId must be an incident id' })
  incidentId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}
