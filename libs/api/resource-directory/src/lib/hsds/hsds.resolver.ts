import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Idempotent } from '@waymark/api/common';
import { Role } from '@waymark/shared/types';
import { DirectoryExportModel, DirectoryImportModel } from './directory-import.model';
import { DirectoryImportArgs, DirectoryImportsArgs, ExportDirectoryArgs } from './dto/directory-import.args';
import { ImportDirectoryInput } from './dto/import-directory.input';
import { HsdsExportService } from './hsds-export.service';
import { HsdsImportService } from './hsds-import.service';

/** HSDS import and export of the agency's kept directory: its admins' work. */
@Resolver()
export class HsdsResolver {
  constructor(
    private readonly importer: HsdsImportService,
    private readonly exporter: HsdsExportService,
  ) {}

  @Mutation(() => DirectoryImportModel, { description: 'Starts an HSDS import and returns it RUNNING; poll directoryImport for its progress and report' })
  @Allow(Role.ADMIN)
  @Idempotent()
  importDirectory(@Args('input') input: ImportDirectoryInput) {
    return this.importer.start(input);
  }

  @Query(() => DirectoryImportModel, { nullable: true, description: "One of the agency's imports, with its progress and problems" })
  @Allow(Role.ADMIN)
  directoryImport(@Args() { id }: DirectoryImportArgs) {
    return this.importer.report(id);
  }

  @Query(() => [DirectoryImportModel], { description: "The agency's latest imports, newest first" })
  @Allow(Role.ADMIN)
  directoryImports(@Args() { first }: DirectoryImportsArgs) {
    return this.importer.list(first);
  }

  @Query(() => DirectoryExportModel, { description: "The directory entries the agency keeps, in HSDS (JSON, or the CSV data package)" })
  @Allow(Role.ADMIN)
  async exportDirectory(@Args() { format }: ExportDirectoryArgs) {
    return { files: await this.exporter.export(format) };
  }
}
