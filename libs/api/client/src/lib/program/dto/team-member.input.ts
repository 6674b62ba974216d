import { Field, ID, InputType } from '@nestjs/graphql';
import { TeamRole } from '@waymark/shared/types';
import { IsEnum, IsUUID } from 'class-validator';

@InputType()
export class RemoveTeamMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'enrollmentId must be an enrollment id' })
  enrollmentId: string;

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
