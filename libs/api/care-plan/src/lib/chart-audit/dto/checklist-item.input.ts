import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { RequiredText, UnlessOmitted } from '@waymark/api/common';
import { ChartAuditCheck } from '@waymark/shared/types';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import '../chart-audit-enums';

const LABEL_MAX = 200;

@InputType()
export class AddChecklistItemInput {
  @Field({ description: 'Stable name of the item: lower-case letters, digits and dashes, e.g. safety-plan' })
  @Matches(/^[a-z][a-z0-9-]{0,39}$/, { message: 'key must be lower-case letters, digits and dashes, starting with a letter' })
  key: string;

  @Field()
  @RequiredText(LABEL_MAX)
  labelEn: string;

  @Field()
  @RequiredText(LABEL_MAX)
  labelEs: string;

  @Field(() => ChartAuditCheck, { nullable: true, description: 'Left out: a question the reviewer answers' })
  @IsOptional()
  @IsEnum(ChartAuditCheck, { message: 'check must be a chart-audit check' })
  check?: ChartAuditCheck | null;

  @Field(() => Int, { nullable: true, description: 'For NOTES_SIGNED_ON_TIME: the days a note may wait for its signature' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(365)
  days?: number | null;
}

@InputType()
export class UpdateChecklistItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'itemId must be a checklist item id' })
  itemId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field({ nullable: true })
  @UnlessOmitted()
  @RequiredText(LABEL_MAX)
  labelEn?: string;

  @Field({ nullable: true })
  @UnlessOmitted()
  @RequiredText(LABEL_MAX)
  labelEs?: string;

  @Field(() => Int, { nullable: true })
  @UnlessOmitted()
  @IsInt()
  @Min(0)
  @Max(365)
  days?: number;

  @Field({ nullable: true, description: 'An inactive item is left out of audits started from now on' })
  @UnlessOmitted()
  @IsBoolean()
  active?: boolean;
}
