import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EligibilityOutcome, EligibilityReason } from '@waymark/shared/types';
import type { EligibilityScreenEntity } from './entities/eligibility-screen.entity';

registerEnumType(EligibilityOutcome, { name: 'EligibilityOutcome' });
registerEnumType(EligibilityReason, { name: 'EligibilityReason', description: 'Why a screen did not come out ELIGIBLE' });

@ObjectType('EligibilityAnswers')
export class EligibilityAnswersModel {
  @Field(() => Boolean, { nullable: true })
  hasMedicaid: boolean | null;

  @Field(() => String, { nullable: true, description: "The region screened: the one answered, or else the client's address region" })
  residencyRegion: string | null;

  @Field(() => String, { nullable: true })
  notes: string | null;
}

@ObjectType('EligibilityScreen')
export class EligibilityScreenModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  clientId: string;

  programId: string;

  @Field(() => EligibilityOutcome)
  outcome: EligibilityOutcome;

  @Field(() => [EligibilityReason])
  reasons: EligibilityReason[];

  @Field(() => EligibilityAnswersModel)
  answers: EligibilityAnswersModel;

  @Field(() => Int, { nullable: true, description: 'The age the screen used, from the date of birth then on record' })
  age: number | null;

  screenedById: string | null;

  @Field(() => GraphQLISODateTime)
  screenedAt: Date;

  static from(screen: EligibilityScreenEntity): EligibilityScreenModel {
    const { hasMedicaid, residencyRegion, notes, age } = screen.answers;
    return {
      id: screen.id,
      clientId: screen.clientId,
      programId: screen.programId,
      outcome: screen.outcome,
      reasons: screen.reasons,
      answers: { hasMedicaid, residencyRegion, notes },
      age,
      screenedById: screen.screenedBy,
      screenedAt: screen.screenedAt,
    };
  }
}
