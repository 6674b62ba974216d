import { Module } from '@nestjs/common';
import { DirectorySearchResolver } from './directory-search.resolver';
import { DirectorySearchService } from './directory-search.service';

/** Finding services: words, categories, language, age, open now and distance, with facet counts. */
@Module({
  providers: [DirectorySearchResolver, DirectorySearchService],
})
export class DirectorySearchModule {}
