import { Injectable } from '@nestjs/common';
import { ClientGate } from '@waymark/api/client';
import { isUuid, NotFoundError, RequestContext } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { REFERRAL_RECEIVER_ROLES, ReferralSide } from '@waymark/shared/types';
import { ReceivedReferrals } from './received-referrals';
import { REFERRAL } from './referral-mover';
import { ReferralEntity } from './referral.entity';

export interface SidedReferral {
  referral: ReferralEntity;
  side: typeof ReferralSide.SENDER | typeof ReferralSide.RECEIVER;
}

/**
 * Which side of a referral the caller is on. The sending agency reaches its referrals through
 * its client (the client's access rules, read or write); the receiving agency's staff but its
 * auditors reach those sent to it. Anyone else, and an unknown id, gets NOT_FOUND: a referral
 * of a third agency is not told apart from none.
 */
@Injectable()
export class ReferralSides {
  constructor(
    private readonly tenant: TenantScope,
    private readonly received: ReceivedReferrals,
    private readonly gate: ClientGate,
    private readonly context: RequestContext,
  ) {}

  async open(id: string, need: 'read' | 'write'): Promise<SidedReferral> {
    const sent = isUuid(id) ? await this.tenant.repository(ReferralEntity).findOneBy({ id }) : null;
    if (sent) {
      await this.gate.require(sent.clientId, need, { field: 'id' });
      return { referral: sent, side: ReferralSide.SENDER };
    }
    if (this.mayWorkInbox()) {
      const received = await this.received.find(id);
      if (received) return { referral: received, side: ReferralSide.RECEIVER };
    }
    throw new NotFoundError(REFERRAL);
  }

  mayWorkInbox(): boolean {
    return REFERRAL_RECEIVER_ROLES.includes(this.context.requirePrincipal().role);
  }
}
