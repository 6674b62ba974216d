import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DirectoryImportStatus, HsdsFormat } from '@waymark/shared/types';
import type { DirectoryImportRow } from './directory-import.repository';

registerEnumType(HsdsFormat, { name: 'HsdsFormat', description: 'HSDS_JSON: the HSDS 3.0 JSON; HSDS_CSV: the tabular data package (datapackage.json and a CSV per table)' });
registerEnumType(DirectoryImportStatus, { name: 'DirectoryImportStatus', description: 'RUNNING while rows are read; DONE with its report; FAILED when it could not go on' });

@ObjectType('ImportProblem', { description: 'Why a row was not imported, and where: the file, its row (CSV line, or entry of a JSON array from 1), the field' })
export class ImportProblemModel {
  @Field()
  file: string;

  @Field(() => Int, { nullable: true })
  row: number | null;

  @Field(() => String, { nullable: true, description: 'The field, as a path inside the row for nested HSDS JSON (service_at_locations[0].location.latitude)' })
  field: string | null;

  @Field()
  message: string;
}

@ObjectType('DirectoryImport', { description: 'An HSDS import of the agency: its progress while it runs, then its report. A row is imported whole or not at all.' })
export class DirectoryImportModel {
  @Field(() => ID)
  id: string;

  @Field(() => HsdsFormat)
  format: HsdsFormat;

  @Field(() => String, { nullable: true, description: 'The files read, by name' })
  fileName: string | null;

  @Field(() => DirectoryImportStatus)
  status: DirectoryImportStatus;

  @Field(() => Int, { description: 'Rows to read: CSV lines, or JSON entries (a service with all it holds counts one)' })
  rowsTotal: number;

  @Field(() => Int)
  rowsDone: number;

  @Field(() => Int)
  rowsImported: number;

  @Field(() => Int)
  rowsRejected: number;

  @Field(() => [ImportProblemModel])
  problems: ImportProblemModel[];

  @Field(() => GraphQLISODateTime)
  startedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  finishedAt: Date | null;

  static from(row: DirectoryImportRow): DirectoryImportModel {
    return Object.assign(new DirectoryImportModel(), row);
  }
}

@ObjectType('DirectoryFile', { description: 'One file of an HSDS import or export, with its text' })
export class DirectoryFileModel {
  @Field()
  name: string;

  @Field()
  content: string;
}

@ObjectType('DirectoryExport', { description: "The agency's kept directory in HSDS: one JSON file, or datapackage.json with a CSV per table" })
export class DirectoryExportModel {
  @Field(() => [DirectoryFileModel])
  files: DirectoryFileModel[];
}
