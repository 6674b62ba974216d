import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '@waymark/api/common';
import { Role } from '@waymark/shared/types';
import { CaseloadSummaryModel } from './caseload.model';
import { CaseloadService } from './caseload.service';
import { CaseloadsArgs } from './dto/caseloads.args';

@Resolver()
export class CaseloadResolver {
  constructor(private readonly caseload: CaseloadService) {}

  @Query(() => [CaseloadSummaryModel], { description: "Each worker's open cases, with their share of the average for balancing" })
  @Allow(Role.SUPERVISOR, Role.ADMIN)
  caseloads(@Args() { programId }: CaseloadsArgs) {
    return this.caseload.caseloads(programId);
  }
}
