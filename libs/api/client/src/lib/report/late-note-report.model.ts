import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('LateNoteReportMonth')
export class LateNoteReportMonth {
  @Field({ description: 'YYYY-MM, the month of the contact' })
  month: string;

  @Field(() => Int, { description: 'Signed notes of contacts in the month' })
  signed: number;

  @Field(() => Int, { description: 'Of them, signed late' })
  late: number;
}

@ObjectType('LateNoteReport', {
  description:
    "Signed notes of contacts in the period and those signed late: more than the agency's late-entry days after the contact (ClientSettings.lateEntryDays, as set when each note was signed)",
})
export class LateNoteReportModel {
  @Field(() => [LateNoteReportMonth])
  months: LateNoteReportMonth[];

  @Field(() => Int)
  signed: number;

  @Field(() => Int)
  late: number;

  @Field(() => Int, { description: 'The late-entry days set now' })
  lateEntryDays: number;
}
