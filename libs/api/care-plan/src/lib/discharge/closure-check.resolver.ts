import { Args, Query, Resolver } from '@nestjs/graphql';
import { EnrollmentClosure } from '@waymark/api/client';
import { Allow } from '@waymark/api/common';
import { CASE_WORK_ROLES } from '@waymark/shared/types';
import { ClosureBlockerModel } from './closure-blocker.model';
import { ClosureCheckArgs } from './dto/closure-check.args';

/** What a discharge wizard shows before closing: the same gathering the closure itself refuses on. */
@Resolver(() => ClosureBlockerModel)
export class ClosureCheckResolver {
  constructor(private readonly closure: EnrollmentClosure) {}

  @Query(() => [ClosureBlockerModel], { description: 'What stands in the way of closing the enrollment on closedOn (default today), without closing it' })
  @Allow(...CASE_WORK_ROLES)
  closureCheck(@Args() { enrollmentId, closedOn }: ClosureCheckArgs) {
    return this.closure.check(enrollmentId, closedOn);
  }
}
