import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@waymark/api/audit';
import { type ClientDetailsFact, type ClientFact, ClientGate, ConsentCheck } from '@waymark/api/client';
import { requestLoader } from '@waymark/api/common';
import { AuditAction, ConsentDecisionReason, REFERRAL_SHARED_CATEGORIES, ReferralSide } from '@waymark/shared/types';
import { ClsService } from 'nestjs-cls';
import { REFERRAL } from './referral-mover';
import type { ReferralEntity } from './referral.entity';
import { ReferredClientModel } from './referred-client.model';
import { SenderScope } from './sender-scope';

export interface ClientView {
  /** Null for the sender, who sees all of its own client: read only when a response asks for it (own). */
  client: ReferredClientModel | null;
  /** Whether the referral's own words may be shown: always to the sender, to the receiver while REFERRALS is in force. */
  shared: boolean;
}

/** What the caller may see of one referral's client. */
interface Sharing {
  shared: boolean;
  identity: boolean;
  contact: boolean;
  sharedUnder: ConsentDecisionReason;
}

const OWN_RECORD: Sharing = { shared: true, identity: true, contact: true, sharedUnder: ConsentDecisionReason.IN_FORCE };

const OWN_CLIENTS = Symbol('referral.ownClients');

/**
 * The client behind each referral, as each side may see them, with the read audited. The
 * sender reads its own records (the caller already opened the clients). The receiving agency
 * gets what the client's consents to it allow at this moment, judged in the sender's scope
 * (where the client and its consents are): REFERRALS for anything, DEMOGRAPHICS for who they
 * are, CONTACT_INFO for how to reach them. A consent revoked or run out hides the client at
 * the next read. A receiver's view is recorded in both agencies' trails. A page's clients are
 * read in one query per sending agency; the sender's own only when a response names them.
 */
@Injectable()
export class ReferredClients {
  constructor(
    private readonly gate: ClientGate,
    private readonly consent: ConsentCheck,
    private readonly senderScope: SenderScope,
    private readonly audit: AuditTrail,
    private readonly cls: ClsService,
  ) {}

  async view(referral: ReferralEntity, side: ReferralSide): Promise<ClientView> {
    return (await this.views([referral], side))[0];
  }

  /** The views of `referrals`, all of one side, in their order. */
  async views(referrals: readonly ReferralEntity[], side: ReferralSide): Promise<ClientView[]> {
    if (side === ReferralSide.SENDER) {
      this.audit.recordRead(...referrals.map((referral) => this.readEvent(referral, true)));
      return referrals.map(() => ({ client: null, shared: true }));
    }
    const views = new Map<string, ClientView>();
    for (const senderId of new Set(referrals.map((referral) => referral.agencyId))) {
      const theirs = referrals.filter((referral) => referral.agencyId === senderId);
      const seen = await this.senderScope.run(senderId, async () => {
        const read = await this.read(theirs.map((referral) => referral.clientId), await this.judge(theirs), side);
        this.audit.recordRead(...theirs.map((referral, i) => this.readEvent(referral, read[i].shared)));
        return read;
      });
      theirs.forEach((referral, i) => views.set(referral.id, seen[i]));
    }
    const ordered = referrals.map((referral) => views.get(referral.id) as ClientView);
    this.audit.recordRead(...referrals.map((referral, i) => this.readEvent(referral, ordered[i].shared)));
    return ordered;
  }

  /** The sender's client of its own referral, whole; a page's clients in one query per kind. */
  own(clientId: string): Promise<ReferredClientModel> {
    return requestLoader<string, ReferredClientModel>(this.cls, OWN_CLIENTS, async (ids) =>
      (await this.read(ids, ids.map(() => OWN_RECORD), ReferralSide.SENDER)).map((view) => view.client as ReferredClientModel),
    ).load(clientId);
  }

  /**
   * The clients' consents to the receiving agency (the caller's, to which every referral a
   * receiver reads was sent), asked in the sender's scope, a query per category for the lot.
   */
  private async judge(referrals: readonly ReferralEntity[]): Promise<Sharing[]> {
    const question = { clientIds: referrals.map((referral) => referral.clientId), recipient: { agencyId: referrals[0].receiverAgencyId as string } };
    const base = await this.consent.mayShareEach({ ...question, category: REFERRAL_SHARED_CATEGORIES.referral });
    const identity = await this.consent.mayShareEach({ ...question, category: REFERRAL_SHARED_CATEGORIES.identity });
    const contact = await this.consent.mayShareEach({ ...question, category: REFERRAL_SHARED_CATEGORIES.contact });
    return referrals.map((_, i) =>
      base[i].allowed
        ? { shared: true, identity: identity[i].allowed, contact: contact[i].allowed, sharedUnder: base[i].reason }
        : { shared: false, identity: false, contact: false, sharedUnder: base[i].reason },
    );
  }

  /** The current agency's clients of a list of referrals, each cut to what its sharing allows. */
  private async read(clientIds: readonly string[], sharing: readonly Sharing[], side: ReferralSide): Promise<ClientView[]> {
    const shown = (allowed: (share: Sharing) => boolean) => [...new Set(clientIds.filter((_, i) => allowed(sharing[i])))];
    const facts = new Map<string, ClientFact>((await this.gate.facts(shown((share) => share.identity))).map((fact) => [fact.id, fact]));
    const details = new Map<string, ClientDetailsFact>((await this.gate.details(shown((share) => share.identity || share.contact))).map((fact) => [fact.id, fact]));
    return clientIds.map((clientId, i) => {
      const { identity, contact, shared, sharedUnder } = sharing[i];
      const fact = identity ? facts.get(clientId) : undefined;
      const detail = details.get(clientId);
      const client = Object.assign(new ReferredClientModel(), {
        id: clientId,
        clientNumber: side === ReferralSide.SENDER ? (fact?.clientNumber ?? null) : null,
        displayName: fact?.displayName ?? null,
        dateOfBirth: identity ? (detail?.dateOfBirth ?? null) : null,
        primaryLanguage: identity ? (detail?.primaryLanguage ?? null) : null,
        phone: contact ? (detail?.phone ?? null) : null,
        email: contact ? (detail?.email ?? null) : null,
        address: contact ? (detail?.address ?? null) : null,
        sharedUnder,
      });
      return { client, shared };
    });
  }

  /** A read of the referral, naming its client only when the client was shown. */
  private readEvent(referral: ReferralEntity, clientShown: boolean) {
    return { action: AuditAction.READ, entityType: REFERRAL, entityId: referral.id, ...(clientShown ? { clientId: referral.clientId } : {}) };
  }
}
