import { Module } from '@nestjs/common';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { DirectorySearchResolver } from './directory-search.resolver';
import { DirectorySearchService } from './directory-search.service';

/** Finding services: words, categories, language, age, open now and distance, with facet counts. */
@Module({
  imports: [TaxonomyModule],
  providers: [DirectorySearchResolver, DirectorySearchService],
})
export class DirectorySearchModule {}
