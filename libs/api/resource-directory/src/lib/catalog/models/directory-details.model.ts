import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Weekday } from '@waymark/shared/types';
import { WeekdayEnum } from './directory-enums';

@ObjectType('DirectoryPhone')
export class DirectoryPhoneModel {
  @Field(() => ID)
  id: string;

  @Field()
  number: string;

  @Field(() => String, { nullable: true })
  extension: string | null;

  @Field(() => String, { nullable: true, description: 'voice, fax, text, hotline …' })
  type: string | null;

  @Field(() => String, { nullable: true })
  description: string | null;
}

@ObjectType('OpeningHours', { description: 'One weekly opening, in the local time of the service' })
export class OpeningHoursModel {
  @Field(() => WeekdayEnum)
  weekday: Weekday;

  @Field({ description: 'HH:MM' })
  opensAt: string;

  @Field({ description: 'HH:MM, exclusive' })
  closesAt: string;

  @Field(() => String, { nullable: true })
  description: string | null;
}

@ObjectType('DirectoryLanguage')
export class DirectoryLanguageModel {
  @Field({ description: 'ISO 639 code, e.g. es' })
  code: string;

  @Field(() => String, { nullable: true })
  name: string | null;
}

@ObjectType('DirectoryCostOption', { description: 'One fee of a service' })
export class DirectoryCostOptionModel {
  @Field(() => String, { nullable: true })
  option: string | null;

  @Field(() => Float, { nullable: true })
  amount: number | null;

  @Field(() => String, { nullable: true })
  currency: string | null;

  @Field(() => String, { nullable: true })
  amountDescription: string | null;
}

@ObjectType('ServiceCapacity', { description: 'How many of a unit (beds, slots …) are open, as of updatedAt (HSDS 3.1)' })
export class ServiceCapacityModel {
  @Field()
  unit: string;

  @Field(() => Int)
  available: number;

  @Field(() => Int, { nullable: true })
  maximum: number | null;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}
