import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';

@InputType()
export class StartAssessmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId: string;

  @Field(() => ID, { nullable: true, description: "The client's enrollment it is for; its program decides when it is due again" })
  @IsOptional()
  @IsUUID('all', { message: 'enrollmentId must be an enrollment id' })
  enrollmentId?: string | null;

  @Field(() => ID, { description: 'An active instrument revision' })
  @IsUUID('all', { message: 'instrumentId must be an instrument id' })
  instrumentId: string;
}
