import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';

@InputType()
export class CompleteChartAuditInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'chartAuditId must be a chart audit id' })
  chartAuditId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}
