import { Query, Resolver } from '@nestjs/graphql';
import { AllowSignedIn } from '@waymark/api/common';
import { TaxonomyTermModel } from './taxonomy-term.model';
import { TaxonomyTerms } from './taxonomy-terms.service';

@Resolver(() => TaxonomyTermModel)
export class TaxonomyResolver {
  constructor(private readonly terms: TaxonomyTerms) {}

  @Query(() => [TaxonomyTermModel], { description: 'The directory’s category tree, each parent before its children' })
  @AllowSignedIn()
  taxonomyTerms() {
    return this.terms.all();
  }
}
