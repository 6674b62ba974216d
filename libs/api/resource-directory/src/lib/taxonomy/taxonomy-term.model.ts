import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { TaxonomyTermEntity } from './taxonomy-term.entity';

@ObjectType('TaxonomyTerm', { description: 'A category of the directory’s tree; a term includes its children' })
export class TaxonomyTermModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Stable code, e.g. food-pantry' })
  code: string;

  @Field({ description: 'English name' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Spanish name' })
  nameEs: string | null;

  @Field(() => String, { nullable: true })
  parentCode: string | null;

  @Field(() => [String], { description: 'The codes from the root down to this term' })
  path: string[];

  static from(term: TaxonomyTermEntity): TaxonomyTermModel {
    return { id: term.id, code: term.code, name: term.name, nameEs: term.nameEs, parentCode: term.path.at(-2) ?? null, path: term.path };
  }
}
