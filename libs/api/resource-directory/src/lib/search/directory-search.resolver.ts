import { Args, Query, Resolver } from '@nestjs/graphql';
import { AllowSignedIn } from '@waymark/api/common';
import { DirectorySearchResultModel } from './directory-search.model';
import { DirectorySearchService } from './directory-search.service';
import { DirectorySearchInput } from './dto/directory-search.input';

@Resolver()
export class DirectorySearchResolver {
  constructor(private readonly search: DirectorySearchService) {}

  @Query(() => DirectorySearchResultModel, {
    description: 'Services of the resource directory the caller’s agency may see (shared, or kept by it), by words, category, language, age, open now and distance, with facet counts',
  })
  @AllowSignedIn()
  directorySearch(@Args('input') input: DirectorySearchInput) {
    return this.search.search(input);
  }
}
