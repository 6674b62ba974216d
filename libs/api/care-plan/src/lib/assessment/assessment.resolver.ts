import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { StaffLoader, StaffModel } from '@waymark/api/client';
import { AllowSignedIn, Idempotent } from '@waymark/api/common';
import { InstrumentLoader } from '../instrument/instrument.loader';
import { InstrumentModel } from '../instrument/instrument.model';
import { AssessmentComparisonModel } from './assessment-comparison.model';
import { AssessmentQueryService } from './assessment-query.service';
import { AssessmentModel } from './assessment.model';
import { AssessmentService } from './assessment.service';
import { AssessmentComparisonArgs } from './dto/assessment-comparison.args';
import { AssessmentIdArgs } from './dto/assessment-id.args';
import { AssessmentVersionInput } from './dto/assessment-version.input';
import { ClientAssessmentsArgs } from './dto/client-assessments.args';
import { CompleteAssessmentInput } from './dto/complete-assessment.input';
import { CorrectAssessmentInput } from './dto/correct-assessment.input';
import { SaveAssessmentAnswersInput } from './dto/save-assessment-answers.input';
import { StartAssessmentInput } from './dto/start-assessment.input';

/** Assessments. Who may read or write a client's assessments is the client's access rules' call, per client. */
@Resolver(() => AssessmentModel)
export class AssessmentResolver {
  constructor(
    private readonly assessments: AssessmentService,
    private readonly queries: AssessmentQueryService,
    private readonly instruments: InstrumentLoader,
    private readonly staff: StaffLoader,
  ) {}

  @Query(() => [AssessmentModel], { description: "A client's assessments: drafts first, then newest completed first" })
  @AllowSignedIn()
  clientAssessments(@Args() { clientId }: ClientAssessmentsArgs) {
    return this.queries.listForClient(clientId);
  }

  @Query(() => AssessmentModel)
  @AllowSignedIn()
  assessment(@Args() { id }: AssessmentIdArgs) {
    return this.queries.get(id);
  }

  @Query(() => AssessmentComparisonModel, { description: 'What changed since an earlier assessment of the same instrument' })
  @AllowSignedIn()
  assessmentComparison(@Args() args: AssessmentComparisonArgs) {
    return this.queries.compare(args);
  }

  @Mutation(() => AssessmentModel, { description: 'Start a draft of an active instrument for a client (and one of their enrollments)' })
  @AllowSignedIn()
  @Idempotent()
  startAssessment(@Args('input') input: StartAssessmentInput) {
    return this.assessments.start(input);
  }

  @Mutation(() => AssessmentModel, { description: 'Save answers to a draft (merged; null clears one). Each is checked and a bad one named. A completed one is LOCKED_RECORD.' })
  @AllowSignedIn()
  saveAssessmentAnswers(@Args('input') input: SaveAssessmentAnswersInput) {
    return this.assessments.saveAnswers(input);
  }

  @Mutation(() => AssessmentModel, { description: 'Score, lock and date a draft; INCOMPLETE names each required question still unanswered' })
  @AllowSignedIn()
  completeAssessment(@Args('input') input: CompleteAssessmentInput) {
    return this.assessments.complete(input);
  }

  @Mutation(() => AssessmentModel, { description: 'Start a correction of a completed assessment: a new draft with its answers that supersedes it when completed' })
  @AllowSignedIn()
  @Idempotent()
  correctAssessment(@Args('input') input: CorrectAssessmentInput) {
    return this.assessments.correct(input);
  }

  @Mutation(() => Boolean, { description: 'Throw a draft away' })
  @AllowSignedIn()
  discardAssessment(@Args('input') input: AssessmentVersionInput) {
    return this.assessments.discard(input);
  }

  @ResolveField('instrument', () => InstrumentModel)
  instrument(@Parent() assessment: AssessmentModel) {
    return this.instruments.load(assessment.instrumentId);
  }

  @ResolveField('startedBy', () => StaffModel, { nullable: true })
  startedBy(@Parent() assessment: AssessmentModel) {
    return this.staff.load(assessment.startedById);
  }

  @ResolveField('completedBy', () => StaffModel, { nullable: true })
  completedBy(@Parent() assessment: AssessmentModel) {
    return this.staff.load(assessment.completedById);
  }
}
