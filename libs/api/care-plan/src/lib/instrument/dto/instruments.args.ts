import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';

@ArgsType()
export class InstrumentsArgs {
  @Field({ defaultValue: false, description: 'Also list instruments whose latest revision was retired' })
  @IsBoolean()
  includeInactive: boolean = false;
}
