import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { CHART_AUDIT_SAMPLE_MAX, CHART_AUDIT_SEED_MAX, ChartAuditSampleRule, QUARTER_PATTERN } from '@waymark/shared/types';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import '../chart-audit-enums';

@InputType()
export class StartChartAuditInput {
  @Field({ description: 'The quarter audited, e.g. 2026-Q4' })
  @Matches(QUARTER_PATTERN, { message: 'quarter must be a quarter such as 2026-Q4' })
  quarter: string;

  @Field(() => ID, { nullable: true, description: 'Only this program’s charts' })
  @IsOptional()
  @IsUUID('all', { message: 'programId must be a program id' })
  programId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this worker’s caseload' })
  @IsOptional()
  @IsUUID('all', { message: 'workerId must be a user id' })
  workerId?: string | null;

  @Field(() => Int, { description: `How many charts, at most ${CHART_AUDIT_SAMPLE_MAX}` })
  @IsInt()
  @Min(1)
  @Max(CHART_AUDIT_SAMPLE_MAX)
  sampleSize: number;

  @Field(() => ChartAuditSampleRule, { nullable: true, description: 'Draw from these charts only; left out: all charts of the quarter' })
  @IsOptional()
  @IsEnum(ChartAuditSampleRule, { message: 'rule must be a sample rule' })
  rule?: ChartAuditSampleRule | null;

  @Field(() => String, { nullable: true, description: 'Draws the same sample again over the same charts; left out: a new random one' })
  @IsOptional()
  @IsString()
  @MaxLength(CHART_AUDIT_SEED_MAX)
  seed?: string | null;
}
