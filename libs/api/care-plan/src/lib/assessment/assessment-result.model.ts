import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { FoundNeed, RuleScore } from '@waymark/shared/types';
import { LifeDomain } from '../shared/life-domain.enum';
import { LocalizedTextModel } from '../shared/localized-text.model';

@ObjectType('AssessmentScore', { description: "A scoring rule's total over the asked and answered questions, and its band" })
export class AssessmentScoreModel {
  @Field()
  key: string;

  @Field(() => LocalizedTextModel)
  label: LocalizedTextModel;

  @Field(() => Float)
  total: number;

  @Field(() => Int, { description: "How many of the rule's questions were asked and answered" })
  answered: number;

  @Field(() => LocalizedTextModel, { nullable: true, description: 'The band the total falls in, if any' })
  bandLabel: LocalizedTextModel | null;

  @Field({ description: 'The band marks a need in the domain' })
  need: boolean;

  @Field(() => LifeDomain, { nullable: true })
  domain: LifeDomain | null;

  static from(score: RuleScore): AssessmentScoreModel {
    return Object.assign(new AssessmentScoreModel(), {
      key: score.key,
      label: score.label,
      total: score.total,
      answered: score.answered,
      bandLabel: score.band?.label ?? null,
      need: Boolean(score.band?.need && score.domain),
      domain: score.domain,
    });
  }
}

@ObjectType('AssessmentNeed', { description: 'A need the answers reveal; a care plan goal can start from it' })
export class AssessmentNeedModel {
  @Field(() => LifeDomain)
  domain: LifeDomain;

  @Field({ description: 'The question whose answer, or the scoring rule whose band, revealed it' })
  source: string;

  @Field(() => LocalizedTextModel)
  label: LocalizedTextModel;

  static from(need: FoundNeed): AssessmentNeedModel {
    return Object.assign(new AssessmentNeedModel(), need);
  }
}
