import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';

/** Names an enrollment at the version the caller last saw. */
@InputType({ isAbstract: true })
export class EnrollmentVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'enrollmentId must be an enrollment id' })
  enrollmentId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}
