import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@waymark/api/audit';
import { ClientGate, ConsentCheck } from '@waymark/api/client';
import { AuditAction, ConsentCategory, ConsentDecisionReason, REFERRAL_SHARED_CATEGORIES, ReferralSide } from '@waymark/shared/types';
import { REFERRAL } from './referral-mover';
import type { ReferralEntity } from './referral.entity';
import { ReferredClientModel } from './referred-client.model';
import { SenderScope } from './sender-scope';

export interface ClientView {
  client: ReferredClientModel;
  /** Whether the referral's own words may be shown: always to the sender, to the receiver while REFERRALS is in force. */
  shared: boolean;
}

/**
 * The client behind a referral, as each side may see them, with the read audited. The sender
 * reads its own record (the caller already opened the client). The receiving agency gets what
 * the client's consents to it allow at this moment, judged in the sender's scope (where the
 * client and its consents are): REFERRALS for anything, DEMOGRAPHICS for who they are,
 * CONTACT_INFO for how to reach them. A consent revoked or run out hides the client at the
 * next read. A receiver's view is recorded in both agencies' trails.
 */
@Injectable()
export class ReferredClients {
  constructor(
    private readonly gate: ClientGate,
    private readonly consent: ConsentCheck,
    private readonly senderScope: SenderScope,
    private readonly audit: AuditTrail,
  ) {}

  async view(referral: ReferralEntity, side: ReferralSide): Promise<ClientView> {
    if (side === ReferralSide.SENDER) {
      const client = await this.read(referral.clientId, { identity: true, contact: true, sharedUnder: ConsentDecisionReason.IN_FORCE }, side);
      this.audit.recordRead(this.readEvent(referral, true));
      return { client, shared: true };
    }
    const view = await this.senderScope.run(referral.agencyId, async () => {
      const judged = await this.judge(referral);
      const seen = await this.read(referral.clientId, judged, side);
      this.audit.recordRead(this.readEvent(referral, judged.shared));
      return { client: seen, shared: judged.shared };
    });
    this.audit.recordRead(this.readEvent(referral, view.shared));
    return view;
  }

  /** The client's consents to the receiving agency, asked in the sender's scope. */
  private async judge(referral: ReferralEntity) {
    const ask = (category: ConsentCategory) =>
      this.consent.mayShare({ clientId: referral.clientId, category, recipient: { agencyId: referral.receiverAgencyId as string } });
    const base = await ask(REFERRAL_SHARED_CATEGORIES.referral);
    if (!base.allowed) return { shared: false, identity: false, contact: false, sharedUnder: base.reason };
    return {
      shared: true,
      identity: (await ask(REFERRAL_SHARED_CATEGORIES.identity)).allowed,
      contact: (await ask(REFERRAL_SHARED_CATEGORIES.contact)).allowed,
      sharedUnder: base.reason,
    };
  }

  private async read(
    clientId: string,
    { identity, contact, sharedUnder }: { identity: boolean; contact: boolean; sharedUnder: ConsentDecisionReason },
    side: ReferralSide,
  ): Promise<ReferredClientModel> {
    const [fact] = identity ? await this.gate.facts([clientId]) : [];
    const [details] = identity || contact ? await this.gate.details([clientId]) : [];
    return Object.assign(new ReferredClientModel(), {
      id: clientId,
      clientNumber: side === ReferralSide.SENDER ? (fact?.clientNumber ?? null) : null,
      displayName: fact?.displayName ?? null,
      dateOfBirth: identity ? (details?.dateOfBirth ?? null) : null,
      primaryLanguage: identity ? (details?.primaryLanguage ?? null) : null,
      phone: contact ? (details?.phone ?? null) : null,
      email: contact ? (details?.email ?? null) : null,
      address: contact ? (details?.address ?? null) : null,
      sharedUnder,
    });
  }

  /** A read of the referral, naming its client only when the client was shown. */
  private readEvent(referral: ReferralEntity, clientShown: boolean) {
    return { action: AuditAction.READ, entityType: REFERRAL, entityId: referral.id, ...(clientShown ? { clientId: referral.clientId } : {}) };
  }
}
