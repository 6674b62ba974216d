import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { ClientPageArgs } from '@waymark/api/client';
import { FilterPageArgs } from '@waymark/api/common';
import { IsBoolean } from 'class-validator';

@InputType('CareTeamTrainingFilter', { description: "Which of a client's care-team trainings" })
export class CareTeamTrainingFilter {
  @Field(() => Boolean, { defaultValue: true, description: 'Also list voided records' })
  @IsBoolean()
  includeVoided: boolean = true;
}

/** A page of one client's care-team trainings. */
@ArgsType()
export class CareTeamTrainingsArgs extends FilterPageArgs(CareTeamTrainingFilter, ClientPageArgs) {}
