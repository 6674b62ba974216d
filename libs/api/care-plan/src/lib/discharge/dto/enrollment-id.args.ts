import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class EnrollmentIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'enrollmentId must be an enrollment id' })
  enrollmentId: string;
}
