import { Injectable } from '@nestjs/common';
import { isUuid } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { calendarDay, type ConsentCategory, ConsentDecisionReason } from '@waymark/shared/types';
import { ConsentEntity } from './consent.entity';

/** The party asking to see the data: another agency on Waymark, a contact of the client, or a name on a consent. */
export type ConsentRecipient = { agencyId: string } | { contactId: string } | { name: string };

export interface ShareQuestion {
  clientId: string;
  category: ConsentCategory;
  recipient: ConsentRecipient;
  /** Defaults to now. */
  at?: Date;
}

export interface ShareDecision {
  allowed: boolean;
  /** The consent in force, or for a refusal the one that came closest. */
  consentId: string | null;
  reason: ConsentDecisionReason;
}

/** One consent named by id, judged as mayShare judges each: its decision and what it covers. */
export interface ConsentJudgement extends ShareDecision {
  /** The categories it covers; empty when it is no consent of this client here. */
  categories: ConsentCategory[];
}

/** Each consent of the recipient judged at the moment asked; the order of the WHENs is the order of the questions. */
const VERDICT = `CASE
  WHEN NOT (:category = ANY(c.categories)) THEN '${ConsentDecisionReason.CATEGORY_NOT_COVERED}'
  WHEN c.revokedAt IS NOT NULL AND c.revokedAt <= :at THEN '${ConsentDecisionReason.REVOKED}'
  WHEN c.effectiveFrom > :day THEN '${ConsentDecisionReason.NOT_YET_IN_FORCE}'
  WHEN c.effectiveUntil < :day THEN '${ConsentDecisionReason.EXPIRED}'
  ELSE '${ConsentDecisionReason.IN_FORCE}' END`;

/** A consent in force wins; otherwise the refusal that says most about what to do next. */
const PREFERENCE = [
  ConsentDecisionReason.IN_FORCE,
  ConsentDecisionReason.NOT_YET_IN_FORCE,
  ConsentDecisionReason.EXPIRED,
  ConsentDecisionReason.REVOKED,
  ConsentDecisionReason.CATEGORY_NOT_COVERED,
];

/**
 * The one answer to "may this party see this category of this client's data now?" — asked by
 * referrals, exports and the consentDecision query. Only a consent shares: a contact's
 * `mayShareInformation` records that workers may talk with that person, not a release of
 * records, so it is not consulted; nor does archiving a contact end a consent naming them
 * (revocation or expiry does). The question is asked within the caller's agency, which owns
 * the client; a client of another agency has no consents here (NO_CONSENT). Sharing inside
 * the client's own agency is not a release and is not decided here. The caller audits what it
 * then shares; this check reads no client data of its own.
 */
@Injectable()
export class ConsentCheck {
  constructor(private readonly tenant: TenantScope) {}

  async mayShare({ clientId, ...question }: ShareQuestion): Promise<ShareDecision> {
    return (await this.mayShareEach({ ...question, clientIds: [clientId] }))[0];
  }

  /**
   * The same question for many clients at once, in one query (a page of referrals): each
   * client's decision, in the order asked.
   */
  async mayShareEach({ clientIds, category, recipient, at = new Date() }: Omit<ShareQuestion, 'clientId'> & { clientIds: readonly string[] }): Promise<ShareDecision[]> {
    const none: ShareDecision = { allowed: false, consentId: null, reason: ConsentDecisionReason.NO_CONSENT };
    const asked = [...new Set(clientIds.filter(isUuid))];
    if (!asked.length) return clientIds.map(() => none);
    const query = this.tenant
      .repository(ConsentEntity)
      .createQueryBuilder('c')
      .select('c.id', 'id')
      .addSelect('c.clientId', 'clientId')
      .addSelect(VERDICT, 'verdict')
      .andWhere('c.clientId IN (:...clientIds)', { clientIds: asked });
    if ('agencyId' in recipient) {
      if (!isUuid(recipient.agencyId)) return clientIds.map(() => none);
      query.andWhere(`c.recipientKind = 'AGENCY' AND c.recipientAgencyId = :agencyId`, { agencyId: recipient.agencyId });
    } else if ('contactId' in recipient) {
      if (!isUuid(recipient.contactId)) return clientIds.map(() => none);
      query.andWhere('c.recipientContactId = :contactId', { contactId: recipient.contactId });
    } else {
      query.andWhere(`c.recipientKind <> 'AGENCY' AND lower(c.recipientName) = lower(:name)`, { name: recipient.name.trim() });
    }
    // Best first: a client's first row is its decision.
    const rows = await query
      .orderBy(`array_position(ARRAY[${PREFERENCE.map((reason) => `'${reason}'`).join(', ')}], ${VERDICT})`, 'ASC')
      .addOrderBy('c.createdAt', 'DESC')
      .setParameters({ category, at, day: calendarDay(at) })
      .getRawMany<{ id: string; clientId: string; verdict: ConsentDecisionReason }>();
    const best = new Map<string, ShareDecision>();
    for (const row of rows) {
      if (!best.has(row.clientId)) best.set(row.clientId, { allowed: row.verdict === ConsentDecisionReason.IN_FORCE, consentId: row.id, reason: row.verdict });
    }
    return clientIds.map((clientId) => best.get(clientId) ?? none);
  }

  /**
   * One consent chosen by hand (a referral to a provider off Waymark names the consent that
   * covers it), judged for `category` at the moment asked by the same rule as mayShare:
   * NO_CONSENT when it is not a consent of this client in the caller's agency.
   */
  async judge({ consentId, clientId, category, at = new Date() }: { consentId: string; clientId: string; category: ConsentCategory; at?: Date }): Promise<ConsentJudgement> {
    const none: ConsentJudgement = { allowed: false, consentId: null, reason: ConsentDecisionReason.NO_CONSENT, categories: [] };
    if (!isUuid(consentId) || !isUuid(clientId)) return none;
    const row = await this.tenant
      .repository(ConsentEntity)
      .createQueryBuilder('c')
      .select('c.categories', 'categories')
      .addSelect(VERDICT, 'verdict')
      .andWhere('c.id = :consentId AND c.clientId = :clientId', { consentId, clientId })
      .setParameters({ category, at, day: calendarDay(at) })
      .getRawOne<{ categories: ConsentCategory[]; verdict: ConsentDecisionReason }>();
    if (!row) return none;
    return { allowed: row.verdict === ConsentDecisionReason.IN_FORCE, consentId, reason: row.verdict, categories: row.categories };
  }
}
