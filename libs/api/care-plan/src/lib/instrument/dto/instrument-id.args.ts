import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class InstrumentIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an instrument id' })
  id: string;
}
