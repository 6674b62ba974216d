import { bulkInsert, type Columns, type RunQuery } from './bulk-insert';
import { writeCareRecords } from './write-care-records';
import { emptyRecords } from './plan-clients';
import type { ReferralRecords, ReferralRow, ReferralStepRow } from './referral-rows';
import { writeRecords } from './write-records';

const REFERRAL: Columns<ReferralRow> = {
  id: 'uuid',
  client_id: 'uuid',
  enrollment_id: 'uuid',
  service_id: 'uuid',
  service_name: 'text',
  organization_name: 'text',
  provider_name: 'text',
  provider_phone: 'text',
  provider_address: 'text',
  receiver_agency_id: 'uuid',
  consent_id: 'uuid',
  reason: 'text',
  needs: 'text[]',
  urgency: 'text',
  note_for_receiver: 'text',
  status: 'text',
  status_changed_at: 'timestamptz',
  sent_at: 'timestamptz',
  answered_at: 'timestamptz',
  appointment_at: 'timestamptz',
  appointment_location: 'text',
  decline_reason: 'text',
  outcome: 'text',
  outcome_note: 'text',
  closed_at: 'timestamptz',
  created_by: 'uuid',
  sent_by: 'uuid',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
  version: 'int',
};

const STEP: Columns<ReferralStepRow> = {
  id: 'uuid',
  referral_id: 'uuid',
  from_status: 'text',
  to_status: 'text',
  side: 'text',
  actor_id: 'uuid',
  actor_agency_id: 'uuid',
  note: 'text',
  appointment_at: 'timestamptz',
  occurred_at: 'timestamptz',
};

/** Writes the sending agency's referrals, parents before children: consents, referrals, steps, then follow-up tasks and timeline. */
export async function writeReferrals(run: RunQuery, agencyId: string, records: ReferralRecords): Promise<void> {
  await writeRecords(run, agencyId, { ...emptyRecords(), consents: records.consents });
  await bulkInsert(run, 'referral', agencyId, REFERRAL, records.referrals, { parent: true });
  await bulkInsert(run, 'referral_step', agencyId, STEP, records.steps);
  await writeCareRecords(run, agencyId, records.care);
}
