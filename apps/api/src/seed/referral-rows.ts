import type { CareRecords } from './care-seed-rows';
import type { ConsentRow } from './seed-rows';

/** A `referral` row as the seed writes it (agency_id is the sender's, added by bulkInsert). */
export interface ReferralRow {
  id: string;
  client_id: string;
  enrollment_id: string;
  service_id: string | null;
  service_name: string | null;
  organization_name: string | null;
  provider_name: string | null;
  provider_phone: string | null;
  provider_address: string | null;
  receiver_agency_id: string | null;
  consent_id: string | null;
  reason: string;
  needs: string[];
  urgency: string;
  note_for_receiver: string | null;
  status: string;
  status_changed_at: Date;
  sent_at: Date | null;
  answered_at: Date | null;
  appointment_at: Date | null;
  appointment_location: string | null;
  decline_reason: string | null;
  outcome: string | null;
  outcome_note: string | null;
  closed_at: Date | null;
  created_by: string;
  sent_by: string | null;
  created_at: Date;
  updated_at: Date;
  version: number;
}

export interface ReferralStepRow {
  id: string;
  referral_id: string;
  from_status: string | null;
  to_status: string;
  side: string;
  actor_id: string | null;
  actor_agency_id: string | null;
  note: string | null;
  appointment_at: Date | null;
  occurred_at: Date;
}

/** What the referral seed writes for the sending agency: referrals and their steps, consents to the partner, and (in `care`) follow-up tasks and timeline entries. */
export interface ReferralRecords {
  referrals: ReferralRow[];
  steps: ReferralStepRow[];
  consents: ConsentRow[];
  care: CareRecords;
}
