import { bulkInsert, type Columns, type RunQuery } from './bulk-insert';
import { writeTimeline } from './write-timeline';
import type {
  AddendumRow,
  AgencyRecords,
  AssignmentRow,
  ClientRow,
  ConsentRow,
  ContactRow,
  EnrollmentRow,
  IncidentRow,
  NoteRow,
  ProgramRow,
  StatusChangeRow,
  TeamMemberRow,
} from './seed-rows';

const PROGRAM: Columns<ProgramRow> = { id: 'uuid', code: 'text', name: 'text', description: 'text', rules: 'jsonb' };

const CLIENT: Columns<ClientRow> = {
  id: 'uuid',
  client_number: 'text',
  status: 'text',
  legal_first_name: 'text',
  legal_last_name: 'text',
  preferred_name: 'text',
  date_of_birth: 'date',
  pronouns: 'text',
  gender: 'text',
  primary_language: 'text',
  interpreter_needed: 'bool',
  phone: 'text',
  email: 'text',
  address_line1: 'text',
  address_line2: 'text',
  city: 'text',
  region: 'text',
  postal_code: 'text',
  latitude: 'float8',
  longitude: 'float8',
  risk_level: 'text',
  flags: 'text[]',
  referral_source: 'text',
  referral_reason: 'text',
  presenting_needs: 'text',
  created_by: 'uuid',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
  version: 'int',
};

const STATUS_CHANGE: Columns<StatusChangeRow> = {
  id: 'uuid',
  client_id: 'uuid',
  from_status: 'text',
  to_status: 'text',
  reason: 'text',
  changed_by: 'uuid',
  changed_at: 'timestamptz',
};

const CONTACT: Columns<ContactRow> = {
  id: 'uuid',
  client_id: 'uuid',
  kind: 'text',
  relationship: 'text',
  name: 'text',
  organization: 'text',
  phone: 'text',
  email: 'text',
  address: 'text',
  emergency_contact: 'bool',
  legal_decision_maker: 'bool',
  may_share_information: 'bool',
  notes: 'text',
  archived_at: 'timestamptz',
  created_at: 'timestamptz',
};

const CONSENT: Columns<ConsentRow> = {
  id: 'uuid',
  client_id: 'uuid',
  categories: 'text[]',
  recipient_kind: 'text',
  recipient_contact_id: 'uuid',
  recipient_agency_id: 'uuid',
  recipient_name: 'text',
  purpose: 'text',
  effective_from: 'date',
  effective_until: 'date',
  signature_method: 'text',
  signed_on: 'date',
  document_reference: 'text',
  revoked_at: 'timestamptz',
  revoked_reason: 'text',
  revoked_by: 'uuid',
  created_by: 'uuid',
  created_at: 'timestamptz',
};

const ENROLLMENT: Columns<EnrollmentRow> = {
  id: 'uuid',
  client_id: 'uuid',
  program_id: 'uuid',
  status: 'text',
  opened_on: 'date',
  open_reason: 'text',
  closed_on: 'date',
  close_reason: 'text',
  primary_case_manager_id: 'uuid',
  created_at: 'timestamptz',
};

const TEAM_MEMBER: Columns<TeamMemberRow> = { enrollment_id: 'uuid', user_id: 'uuid', team_role: 'text', added_at: 'timestamptz' };

const ASSIGNMENT: Columns<AssignmentRow> = {
  id: 'uuid',
  enrollment_id: 'uuid',
  case_manager_id: 'uuid',
  assigned_by: 'uuid',
  reason: 'text',
  started_at: 'timestamptz',
  ended_at: 'timestamptz',
};

const NOTE: Columns<NoteRow> = {
  id: 'uuid',
  client_id: 'uuid',
  enrollment_id: 'uuid',
  author_id: 'uuid',
  note_type: 'text',
  occurred_at: 'timestamptz',
  duration_minutes: 'int',
  place: 'text',
  participants: 'text',
  narrative: 'text',
  status: 'text',
  signed_at: 'timestamptz',
  late_entry: 'bool',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
  version: 'int',
};

const ADDENDUM: Columns<AddendumRow> = { note_id: 'uuid', author_id: 'uuid', text: 'text', created_at: 'timestamptz' };

const INCIDENT: Columns<IncidentRow> = {
  id: 'uuid',
  client_id: 'uuid',
  incident_type: 'text',
  severity: 'text',
  occurred_at: 'timestamptz',
  location: 'text',
  description: 'text',
  actions_taken: 'text',
  notifications: 'jsonb',
  follow_up_due: 'date',
  status: 'text',
  reported_by: 'uuid',
  reviewed_by: 'uuid',
  reviewed_at: 'timestamptz',
  review_note: 'text',
  created_at: 'timestamptz',
};

export async function writePrograms(run: RunQuery, agencyId: string, programs: ProgramRow[]): Promise<void> {
  await bulkInsert(run, 'program', agencyId, PROGRAM, programs);
}

/** Writes one batch of clients and everything hanging from them, parents before children. */
export async function writeRecords(run: RunQuery, agencyId: string, records: AgencyRecords): Promise<void> {
  await bulkInsert(run, 'client', agencyId, CLIENT, records.clients, { parent: true });
  await bulkInsert(run, 'client_status_change', agencyId, STATUS_CHANGE, records.statusChanges);
  await bulkInsert(run, 'client_contact', agencyId, CONTACT, records.contacts, { parent: true });
  await bulkInsert(run, 'consent', agencyId, CONSENT, records.consents, { parent: true });
  await bulkInsert(run, 'enrollment', agencyId, ENROLLMENT, records.enrollments, { parent: true });
  await bulkInsert(run, 'enrollment_team_member', agencyId, TEAM_MEMBER, records.teamMembers);
  await bulkInsert(run, 'case_assignment', agencyId, ASSIGNMENT, records.assignments);
  await bulkInsert(run, 'case_note', agencyId, NOTE, records.notes, { parent: true });
  await bulkInsert(run, 'case_note_addendum', agencyId, ADDENDUM, records.addenda);
  await bulkInsert(run, 'incident', agencyId, INCIDENT, records.incidents);
  await writeTimeline(run, agencyId, records.timeline);
}
