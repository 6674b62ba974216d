import { Module } from '@nestjs/common';

/** Finding services: words, categories, language, age, open now and distance, with facet counts. */
@Module({})
export class DirectorySearchModule {}
