import { Role } from '@waymark/shared/types';
import type { ProgramCode } from './demo-programs';

/** Shared by every demo login; long enough and uncommon enough for the password rules. */
export const DEMO_PASSWORD = 'Waymark-Demo-2026';

export interface DemoUser {
  email: string;
  displayName: string;
  role: Role;
}

export interface DemoAgency {
  name: string;
  slug: string;
  /** The logins the start banner lists: one per role worth trying. */
  users: DemoUser[];
  /** More of the agency's workers (same password), so caseloads are of a believable size. */
  staff: DemoUser[];
  /** Clients made by default; `db:seed --clients N` changes the first agency's. */
  clients: number;
  programs: ProgramCode[];
  /** Where its clients live: a key of DEMO_AREAS. */
  area: 'inland' | 'east-county';
}

/** Riverside is the agency people try; Lakeside exists to prove one agency never sees another. */
export const DEMO_AGENCIES: DemoAgency[] = [
  {
    name: 'Riverside Community Services',
    slug: 'riverside',
    users: [
      { email: 'admin@riverside.example', displayName: 'Alex Admin', role: Role.ADMIN },
      { email: 'supervisor@riverside.example', displayName: 'Sam Supervisor', role: Role.SUPERVISOR },
      { email: 'casemanager@riverside.example', displayName: 'Casey Manager', role: Role.CASE_MANAGER },
      { email: 'intake@riverside.example', displayName: 'Indira Intake', role: Role.INTAKE },
      { email: 'auditor@riverside.example', displayName: 'Aubrey Auditor', role: Role.AUDITOR },
    ],
    staff: [
      { email: 'dana.whitfield@riverside.example', displayName: 'Dana Whitfield', role: Role.CASE_MANAGER },
      { email: 'marisol.ortega@riverside.example', displayName: 'Marisol Ortega', role: Role.CASE_MANAGER },
      { email: 'tomas.nguyen@riverside.example', displayName: 'Tomás Nguyen', role: Role.CASE_MANAGER },
      { email: 'keisha.brooks@riverside.example', displayName: 'Keisha Brooks', role: Role.CASE_MANAGER },
      { email: 'evan.park@riverside.example', displayName: 'Evan Park', role: Role.CASE_MANAGER },
    ],
    clients: 300,
    programs: ['HCBS', 'FC', 'SHL', 'BH', 'DCM'],
    area: 'inland',
  },
  {
    name: 'Lakeside Family Services',
    slug: 'lakeside',
    users: [
      { email: 'admin@lakeside.example', displayName: 'Lee Lakeside', role: Role.ADMIN },
      { email: 'casemanager@lakeside.example', displayName: 'Lou Lakeside', role: Role.CASE_MANAGER },
    ],
    staff: [{ email: 'rosa.delgado@lakeside.example', displayName: 'Rosa Delgado', role: Role.CASE_MANAGER }],
    clients: 60,
    programs: ['FC', 'BH', 'DCM'],
    area: 'east-county',
  },
];
