import { Field, InputType, Int } from '@nestjs/graphql';
import { LATE_ENTRY_DAYS_MAX } from '@waymark/shared/types';
import { IsBoolean, IsInt, Max, Min, ValidateIf } from 'class-validator';

const unlessLeftOut = () => ValidateIf((_object, value) => value !== undefined);

@InputType()
export class UpdateClientSettingsInput {
  @Field(() => Int, { description: 'The version last read (0 for the defaults)' })
  @IsInt()
  @Min(0)
  version: number;

  @Field(() => Boolean, { nullable: true })
  @unlessLeftOut()
  @IsBoolean()
  caseManagersOpenAnyClient?: boolean;

  @Field(() => Int, { nullable: true })
  @unlessLeftOut()
  @IsInt()
  @Min(0)
  @Max(LATE_ENTRY_DAYS_MAX)
  lateEntryDays?: number;
}
