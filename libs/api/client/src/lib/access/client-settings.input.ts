import { Field, InputType, Int } from '@nestjs/graphql';
import { UnlessOmitted } from '@waymark/api/common';
import { LATE_ENTRY_DAYS_MAX } from '@waymark/shared/types';
import { IsBoolean, IsInt, Max, Min } from 'class-validator';

@InputType()
export class UpdateClientSettingsInput {
  @Field(() => Int, { description: 'The version last read (0 for the defaults)' })
  @IsInt()
  @Min(0)
  version: number;

  @Field(() => Boolean, { nullable: true })
  @UnlessOmitted()
  @IsBoolean()
  caseManagersOpenAnyClient?: boolean;

  @Field(() => Int, { nullable: true })
  @UnlessOmitted()
  @IsInt()
  @Min(0)
  @Max(LATE_ENTRY_DAYS_MAX)
  lateEntryDays?: number;
}
