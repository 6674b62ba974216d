import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';

@ArgsType()
export class TaskLoadsArgs {
  @Field(() => ID, { nullable: true, description: "Count only tasks kept on enrollments in this program (as caseloads(programId) counts cases)" })
  @IsOptional()
  @IsUUID('all', { message: 'programId must be a program id' })
  programId?: string | null;
}
