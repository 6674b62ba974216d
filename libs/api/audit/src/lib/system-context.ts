import { Injectable } from '@nestjs/common';
import { RequestContext, SYSTEM_ACTOR_ID } from '@waymark/api/common';
import { ActorType, Role } from '@waymark/shared/types';
import { ClsService } from 'nestjs-cls';
import { AuditTrail, openReadBuffer } from './audit-trail.service';

/**
 * Runs scheduled work for one agency as if it were a request by that agency's SYSTEM actor:
 * tenant-scoped repositories, access checks and the audit trail all work as they do for a
 * person, and every event it writes says SYSTEM did it. The work sees every client of its
 * agency (as an admin would) and nothing of any other.
 */
@Injectable()
export class SystemContext {
  constructor(
    private readonly cls: ClsService,
    private readonly context: RequestContext,
    private readonly audit: AuditTrail,
  ) {}

  run<T>(agencyId: string, work: () => Promise<T>): Promise<T> {
    return this.cls.run(async () => {
      openReadBuffer(this.cls);
      this.context.setPrincipal({
        actorType: ActorType.SYSTEM,
        id: SYSTEM_ACTOR_ID,
        agencyId,
        role: Role.ADMIN,
        sessionId: SYSTEM_ACTOR_ID,
        mustChangePassword: false,
      });
      try {
        return await work();
      } finally {
        // Reads made before a failure happened all the same: they are recorded either way.
        await this.audit.flushReads();
      }
    });
  }
}
