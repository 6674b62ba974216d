import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';

@ArgsType()
export class CaseloadsArgs {
  @Field(() => ID, { nullable: true, description: 'Count only enrollments in this program' })
  @IsOptional()
  @IsUUID('all', { message: 'programId must be a program id' })
  programId?: string | null;
}
