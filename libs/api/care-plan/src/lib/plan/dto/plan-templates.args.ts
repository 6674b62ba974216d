import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';

@ArgsType()
export class PlanTemplatesArgs {
  @Field(() => ID, { nullable: true, description: "A program's templates and those offered for every program; left out: all" })
  @IsOptional()
  @IsUUID('all', { message: 'programId must be a program id' })
  programId?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Include templates no longer offered (admins maintaining them)' })
  @IsBoolean()
  includeInactive: boolean;
}
