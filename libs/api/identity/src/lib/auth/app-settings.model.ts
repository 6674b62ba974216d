import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AppSettings')
export class AppSettingsModel {
  @Field(() => Float, { description: 'Minutes without input after which the SPA locks the screen' })
  idleLockMinutes: number;

  @Field(() => Int)
  passwordMinLength: number;
}
