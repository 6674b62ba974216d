import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class EmergencyCallIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a call id' })
  id: string;
}
