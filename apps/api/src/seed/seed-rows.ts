import type { ProgramRules } from '@waymark/shared/types';

/**
 * Rows as the client tables hold them (column names as keys), planned in memory and written
 * in bulk. Calendar dates are 'YYYY-MM-DD' strings; instants are Dates.
 */
export interface ProgramRow {
  id: string;
  code: string;
  name: string;
  description: string;
  rules: ProgramRules;
}

export interface ClientRow {
  id: string;
  client_number: string;
  status: string;
  legal_first_name: string;
  legal_last_name: string;
  preferred_name: string | null;
  date_of_birth: string;
  pronouns: string | null;
  gender: string | null;
  primary_language: string;
  interpreter_needed: boolean;
  phone: string | null;
  email: string | null;
  address_line1: string | null;
  address_line2: string | null;
  city: string | null;
  region: string | null;
  postal_code: string | null;
  latitude: number | null;
  longitude: number | null;
  risk_level: string;
  flags: string[];
  referral_source: string;
  referral_reason: string;
  presenting_needs: string;
  created_by: string;
  created_at: Date;
  updated_at: Date;
  version: number;
}

export interface StatusChangeRow {
  id: string;
  client_id: string;
  from_status: string | null;
  to_status: string;
  reason: string | null;
  changed_by: string;
  changed_at: Date;
}

export interface ContactRow {
  id: string;
  client_id: string;
  kind: string;
  relationship: string;
  name: string;
  organization: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  emergency_contact: boolean;
  legal_decision_maker: boolean;
  may_share_information: boolean;
  notes: string | null;
  archived_at: Date | null;
  created_at: Date;
}

export interface ConsentRow {
  id: string;
  client_id: string;
  categories: string[];
  recipient_kind: string;
  recipient_contact_id: string | null;
  recipient_agency_id: string | null;
  recipient_name: string;
  purpose: string;
  effective_from: string;
  effective_until: string | null;
  signature_method: string;
  signed_on: string;
  document_reference: string | null;
  revoked_at: Date | null;
  revoked_reason: string | null;
  revoked_by: string | null;
  created_by: string;
  created_at: Date;
}

export interface EnrollmentRow {
  id: string;
  client_id: string;
  program_id: string;
  status: string;
  opened_on: string;
  open_reason: string;
  closed_on: string | null;
  close_reason: string | null;
  primary_case_manager_id: string;
  created_at: Date;
}

export interface TeamMemberRow {
  enrollment_id: string;
  user_id: string;
  team_role: string;
  added_at: Date;
}

export interface AssignmentRow {
  id: string;
  enrollment_id: string;
  case_manager_id: string;
  assigned_by: string;
  reason: string;
  started_at: Date;
  ended_at: Date | null;
}

export interface NoteRow {
  id: string;
  client_id: string;
  enrollment_id: string;
  author_id: string;
  note_type: string;
  occurred_at: Date;
  duration_minutes: number;
  place: string;
  participants: string;
  narrative: string;
  status: string;
  signed_at: Date | null;
  late_entry: boolean;
  created_at: Date;
  updated_at: Date;
  version: number;
}

export interface AddendumRow {
  note_id: string;
  author_id: string;
  text: string;
  created_at: Date;
}

export interface IncidentRow {
  id: string;
  client_id: string;
  incident_type: string;
  severity: string;
  occurred_at: Date;
  location: string;
  description: string;
  actions_taken: string;
  notifications: object[];
  follow_up_due: string;
  status: string;
  reported_by: string;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  review_note: string | null;
  created_at: Date;
}

export interface TimelineRow {
  client_id: string;
  occurred_at: Date;
  kind: string;
  source_type: string;
  source_id: string;
  summary: string;
  actor_id: string | null;
}

/** A batch of clients and everything hanging from them, in the order it must be written. */
export interface AgencyRecords {
  clients: ClientRow[];
  statusChanges: StatusChangeRow[];
  contacts: ContactRow[];
  consents: ConsentRow[];
  enrollments: EnrollmentRow[];
  teamMembers: TeamMemberRow[];
  assignments: AssignmentRow[];
  notes: NoteRow[];
  addenda: AddendumRow[];
  incidents: IncidentRow[];
  timeline: TimelineRow[];
}
