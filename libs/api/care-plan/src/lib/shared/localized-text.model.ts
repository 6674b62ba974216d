import { Field, ObjectType } from '@nestjs/graphql';
import type { LocalizedText } from '@waymark/shared/types';

/** Text an agency wrote as data (a question, a band), in English and, when written, Spanish. */
@ObjectType('LocalizedText')
export class LocalizedTextModel implements LocalizedText {
  @Field()
  en: string;

  @Field(() => String, { nullable: true })
  es?: string;
}
