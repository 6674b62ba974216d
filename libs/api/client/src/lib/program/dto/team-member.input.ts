import { Field, ID, InputType } from '@nestjs/graphql';
import { TeamRole } from '@waymark/shared/types';
import { IsEnum, IsUUID } from 'class-validator';
import { EnrollmentVersionInput } from './enrollment-version.input';

/** A change of the team is a change of the enrollment: it takes the version last seen. */
@InputType()
export class RemoveTeamMemberInput extends EnrollmentVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be a user id' })
  userId: string;
}

@InputType()
export class AddTeamMemberInput extends RemoveTeamMemberInput {
  @Field(() => TeamRole)
  @IsEnum(TeamRole)
  role: TeamRole;
}
