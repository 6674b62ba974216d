import { ArgsType, Field } from '@nestjs/graphql';
import { IsCalendarDate } from '@waymark/api/common';
import { IsOptional } from 'class-validator';
import { EnrollmentIdArgs } from './enrollment-id.args';

@ArgsType()
export class ClosureCheckArgs extends EnrollmentIdArgs {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD the enrollment would close on; today when left out' })
  @IsOptional()
  @IsCalendarDate()
  closedOn?: string | null;
}
