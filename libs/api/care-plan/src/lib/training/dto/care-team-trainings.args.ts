import { ArgsType, Field, ID, IntersectionType } from '@nestjs/graphql';
import { PageArgs } from '@waymark/api/common';
import { IsBoolean, IsUUID } from 'class-validator';

@ArgsType()
class ClientTrainingsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId: string;

  @Field(() => Boolean, { defaultValue: true, description: 'Also list voided records' })
  @IsBoolean()
  includeVoided: boolean = true;
}

/** A page of one client's care-team trainings. */
@ArgsType()
export class CareTeamTrainingsArgs extends IntersectionType(PageArgs, ClientTrainingsArgs, ArgsType) {}
