import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { OptionalText } from '@waymark/api/common';
import { CHART_AUDIT_NOTE_MAX, ChartAuditResult } from '@waymark/shared/types';
import { IsEnum, IsInt, IsUUID, Min } from 'class-validator';
import '../chart-audit-enums';

@InputType()
export class AnswerChartAuditItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'answerId must be a chart-audit answer id' })
  answerId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => ChartAuditResult, { description: 'The system’s result confirms it; another overrides it and needs a note' })
  @IsEnum(ChartAuditResult, { message: 'result must be PASS, FAIL or NOT_APPLICABLE' })
  result: ChartAuditResult;

  @Field(() => String, { nullable: true })
  @OptionalText(CHART_AUDIT_NOTE_MAX)
  note?: string | null;
}
