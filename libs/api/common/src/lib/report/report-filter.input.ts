import { Field, ID, InputType } from '@nestjs/graphql';
import type { ReportFilter } from '@waymark/shared/types';
import { REPORT_PERIOD_MAX_DAYS } from '@waymark/shared/types';
import { IsOptional, IsUUID } from 'class-validator';
import { IsCalendarDate } from '../input/calendar-date';

/** The one filter every statistical report takes, whichever context answers it. */
@InputType({ description: `A period of at most ${REPORT_PERIOD_MAX_DAYS} days, and optionally one program and one worker` })
export class ReportFilterInput implements ReportFilter {
  @Field({ description: 'First day of the period, YYYY-MM-DD' })
  @IsCalendarDate()
  from: string;

  @Field({ description: 'Last day of the period (included), YYYY-MM-DD, not before `from`' })
  @IsCalendarDate()
  to: string;

  @Field(() => ID, { nullable: true, description: 'Count only this program' })
  @IsOptional()
  @IsUUID('all', { message: 'programId must be a program id' })
  programId?: string | null;

  @Field(() => ID, { nullable: true, description: "Count only this worker's work (each report says whose work it counts)" })
  @IsOptional()
  @IsUUID('all', { message: 'workerId must be a user id' })
  workerId?: string | null;
}
