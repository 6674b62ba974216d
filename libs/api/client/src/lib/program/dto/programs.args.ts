import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';

@ArgsType()
export class ProgramsArgs {
  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  includeInactive: boolean = false;
}
