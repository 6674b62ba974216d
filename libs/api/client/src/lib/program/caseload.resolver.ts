import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '@waymark/api/common';
import { CASELOAD_ROLES, Role } from '@waymark/shared/types';
import { ClientConnection } from '../person/client.model';
import { CaseloadSummaryModel } from './caseload.model';
import { CaseloadService } from './caseload.service';
import { CaseloadsArgs } from './dto/caseloads.args';
import { MyCaseloadArgs } from './dto/my-caseload.args';

@Resolver()
export class CaseloadResolver {
  constructor(private readonly caseload: CaseloadService) {}

  @Query(() => [CaseloadSummaryModel], { description: "Each worker's open cases, with their share of the average for balancing" })
  @Allow(Role.SUPERVISOR, Role.ADMIN)
  caseloads(@Args() { programId }: CaseloadsArgs) {
    return this.caseload.caseloads(programId);
  }

  @Query(() => ClientConnection, { description: 'Your caseload: clients whose open enrollment you lead or serve on, and the intakes you took' })
  @Allow(...CASELOAD_ROLES)
  myCaseload(@Args() args: MyCaseloadArgs) {
    return this.caseload.mine(args.withCriteria());
  }
}
