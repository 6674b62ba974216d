import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';

/** Names a document at the version the caller last saw. */
@InputType()
export class DocumentVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'documentId must be a document id' })
  documentId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}
