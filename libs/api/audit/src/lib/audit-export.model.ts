import { Field, Int, ObjectType } from '@nestjs/graphql';

/** The filtered events as a CSV file, for the browser to save. */
@ObjectType('AuditExport')
export class AuditExportModel {
  @Field()
  filename: string;

  @Field()
  csv: string;

  @Field(() => Int)
  rowCount: number;
}
