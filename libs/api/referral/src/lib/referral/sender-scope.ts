import { Injectable } from '@nestjs/common';
import { AuditTrail, openReadBuffer } from '@waymark/api/audit';
import { RequestContext } from '@waymark/api/common';
import { ClsService } from 'nestjs-cls';

/**
 * Runs part of a request in the scope of the other agency of a referral: mostly a receiving
 * agency's request in the sending agency's scope (and, to name the staff who took a step, in
 * the agency of that step's actor). The same caller and the same transaction, but
 * tenant-scoped repositories, consent checks, the timeline and the audit trail all answer for
 * that agency, which for the sender keeps the referral, its steps and its client. This is how
 * a receiver's step lands in the sender's records and the sender's trail, without anything
 * reading across agencies by hand. The principal inside is marked (onBehalfOfAgencyId), so
 * the client access rules open none of that agency's clients to it, whoever listens.
 *
 * Reads recorded inside go to that agency's trail: they are buffered for the scope and written
 * as it ends (the outer buffer would write them as the caller's own agency).
 */
@Injectable()
export class SenderScope {
  constructor(
    private readonly cls: ClsService,
    private readonly context: RequestContext,
    private readonly audit: AuditTrail,
  ) {}

  run<T>(senderAgencyId: string, work: () => Promise<T>): Promise<T> {
    const principal = this.context.requirePrincipal();
    if (principal.agencyId === senderAgencyId) return work();
    // The nested context inherits a shallow copy of the request's store: the transaction stays, the principal is replaced.
    return this.cls.run(async () => {
      openReadBuffer(this.cls);
      // Marked as borrowed outside the caller's own agency: their role is their own agency's and opens none of its clients (ClientAccess).
      const home = principal.onBehalfOfAgencyId ?? principal.agencyId;
      this.context.setPrincipal({ ...principal, agencyId: senderAgencyId, onBehalfOfAgencyId: senderAgencyId === home ? undefined : home });
      try {
        return await work();
      } finally {
        await this.audit.flushReads();
      }
    });
  }
}
