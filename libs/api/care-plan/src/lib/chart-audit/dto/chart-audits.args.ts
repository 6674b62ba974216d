import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { FilterPageArgs } from '@waymark/api/common';
import { QUARTER_PATTERN } from '@waymark/shared/types';
import { IsOptional, Matches } from 'class-validator';

@InputType('ChartAuditFilter', { description: "Which of the agency's chart audits" })
export class ChartAuditFilter {
  @Field(() => String, { nullable: true, description: 'Only this quarter’s, e.g. 2026-Q4' })
  @IsOptional()
  @Matches(QUARTER_PATTERN, { message: 'quarter must be a quarter such as 2026-Q4' })
  quarter?: string | null;
}

@ArgsType()
export class ChartAuditsArgs extends FilterPageArgs(ChartAuditFilter) {}
