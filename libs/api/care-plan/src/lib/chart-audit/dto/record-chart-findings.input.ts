import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { OptionalText } from '@waymark/api/common';
import { CHART_AUDIT_NOTE_MAX } from '@waymark/shared/types';
import { IsInt, IsUUID, Min } from 'class-validator';

@InputType()
export class RecordChartFindingsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'chartId must be an audited chart id' })
  chartId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true, description: 'What the reviewer found in the chart; empty clears it' })
  @OptionalText(CHART_AUDIT_NOTE_MAX)
  findings?: string | null;
}
