import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConsentDecisionReason } from '@waymark/shared/types';

registerEnumType(ConsentDecisionReason, { name: 'ConsentDecisionReason', description: 'Why data may or may not be shared' });

@ObjectType('ConsentDecision', { description: "Whether a party may see a category of the client's data" })
export class ConsentDecisionModel {
  @Field()
  allowed: boolean;

  @Field(() => ID, { nullable: true, description: 'The consent in force, or the one that came closest to allowing it' })
  consentId: string | null;

  @Field(() => ConsentDecisionReason)
  reason: ConsentDecisionReason;
}
