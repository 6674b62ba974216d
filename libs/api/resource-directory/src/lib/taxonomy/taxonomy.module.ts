import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TaxonomyTermEntity } from './taxonomy-term.entity';
import { TaxonomyResolver } from './taxonomy.resolver';
import { TaxonomyTerms } from './taxonomy-terms.service';

/** The category tree (HSDS taxonomy terms) the directory is searched and tagged by. */
@Module({
  imports: [TypeOrmModule.forFeature([TaxonomyTermEntity])],
  providers: [TaxonomyTerms, TaxonomyResolver],
  exports: [TaxonomyTerms],
})
export class TaxonomyModule {}
