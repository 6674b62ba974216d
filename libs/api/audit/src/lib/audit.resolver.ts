import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, PersonOnly } from '@waymark/api/common';
import { AUDIT_TRAIL_ROLES } from '@waymark/shared/types';
import { AuditChainReportModel } from './audit-chain-report.model';
import { AuditEventConnection } from './audit-event.model';
import { AuditExportModel } from './audit-export.model';
import { AuditQueryService } from './audit-query.service';
import { ClientViewerModel } from './client-viewer.model';
import { AuditEventsArgs, AuditExportArgs, ClientViewersArgs } from './dto/audit-event-filter.input';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditQueryService) {}

  @Query(() => AuditEventConnection, { description: "The agency's audit trail, filtered, newest first" })
  @Allow(...AUDIT_TRAIL_ROLES)
  auditEvents(@Args() args: AuditEventsArgs) {
    return this.audit.list(args);
  }

  @Query(() => [ClientViewerModel], { description: "Who has read the client's record: per user, how often, first and last, and why" })
  @Allow(...AUDIT_TRAIL_ROLES)
  clientViewers(@Args() { clientId }: ClientViewersArgs) {
    return this.audit.viewers(clientId);
  }

  @Mutation(() => AuditExportModel, { description: 'The filtered trail as CSV (at most AUDIT_EXPORT_MAX_ROWS events); recorded as an EXPORT' })
  @Allow(...AUDIT_TRAIL_ROLES)
  // A Mutation (it records an EXPORT), so it would need audit:write, which no key holds: say so plainly.
  @PersonOnly()
  exportAuditEvents(@Args() { filter }: AuditExportArgs) {
    return this.audit.export(filter);
  }

  @Query(() => AuditChainReportModel, { description: "Recomputes the agency's audit hash chain" })
  @Allow(...AUDIT_TRAIL_ROLES)
  verifyAuditChain() {
    return this.audit.verifyChain();
  }
}
