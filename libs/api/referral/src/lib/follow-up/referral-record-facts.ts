import { Injectable } from '@nestjs/common';
import { TenantScope } from '@waymark/api/database';
import type { ReferralDeclineReason, ReferralOutcome, ReferralStatus, ReferralUrgency } from '@waymark/shared/types';
import { In } from 'typeorm';
import { ReferralEntity } from '../referral/referral.entity';

/** A referral the agency sent, whole, as an export (a FHIR ServiceRequest and its Task) shows it. */
export interface ReferralRecordFact {
  id: string;
  clientId: string;
  /** The agency that sent it, and the person who sent it (or drafted it, before it was sent). */
  agencyId: string;
  requesterId: string | null;
  status: ReferralStatus;
  urgency: ReferralUrgency;
  reason: string;
  needs: string[];
  serviceName: string | null;
  organizationName: string | null;
  providerName: string | null;
  /** The agency on Waymark it went to, if any. */
  receiverAgencyId: string | null;
  consentId: string | null;
  createdAt: Date;
  sentAt: Date | null;
  answeredAt: Date | null;
  appointmentAt: Date | null;
  declineReason: ReferralDeclineReason | null;
  outcome: ReferralOutcome | null;
  closedAt: Date | null;
  statusChangedAt: Date;
  updatedAt: Date;
  version: number;
}

/**
 * The referrals the caller's agency sent, as plain facts, for the integration views above
 * (FHIR): a client's in one query. No access check: the caller opens the client first (a
 * referral names its client) and audits what it serves. Referrals another agency sent to
 * this one are that agency's records and are not among them.
 */
@Injectable()
export class ReferralRecordFacts {
  constructor(private readonly tenant: TenantScope) {}

  /** The client's referrals, the latest first. */
  async forClient(clientId: string): Promise<ReferralRecordFact[]> {
    return (await this.referrals.find({ where: { clientId }, order: { createdAt: 'DESC', id: 'DESC' } })).map(toFact);
  }

  /** The agency's referrals among `ids`, in one query. */
  async of(ids: readonly string[]): Promise<ReferralRecordFact[]> {
    if (!ids.length) return [];
    return (await this.referrals.find({ where: { id: In([...ids]) } })).map(toFact);
  }

  private get referrals() {
    return this.tenant.repository(ReferralEntity);
  }
}

function toFact(row: ReferralEntity): ReferralRecordFact {
  return {
    id: row.id,
    clientId: row.clientId,
    agencyId: row.agencyId,
    requesterId: row.sentById ?? row.createdById,
    status: row.status,
    urgency: row.urgency,
    reason: row.reason,
    needs: row.needs,
    serviceName: row.serviceName,
    organizationName: row.organizationName,
    providerName: row.providerName,
    receiverAgencyId: row.receiverAgencyId,
    consentId: row.consentId,
    createdAt: row.createdAt,
    sentAt: row.sentAt,
    answeredAt: row.answeredAt,
    appointmentAt: row.appointmentAt,
    declineReason: row.declineReason,
    outcome: row.outcome,
    closedAt: row.closedAt,
    statusChangedAt: row.statusChangedAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}
