import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, PageArgs } from '@waymark/api/common';
import { Role } from '@waymark/shared/types';
import { AuditChainReportModel } from './audit-chain-report.model';
import { AuditEventConnection } from './audit-event.model';
import { AuditQueryService } from './audit-query.service';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditQueryService) {}

  @Query(() => AuditEventConnection, { description: "The agency's audit trail, newest first" })
  @Allow(Role.ADMIN, Role.AUDITOR)
  auditEvents(@Args() args: PageArgs) {
    return this.audit.list(args);
  }

  @Query(() => AuditChainReportModel, { description: "Recomputes the agency's audit hash chain" })
  @Allow(Role.ADMIN, Role.AUDITOR)
  verifyAuditChain() {
    return this.audit.verifyChain();
  }
}
