import { Role } from '@waymark/shared/types';

/** Shared by every demo login; long enough and uncommon enough for the password rules. */
export const DEMO_PASSWORD = 'Waymark-Demo-2026';

export interface DemoAgency {
  name: string;
  slug: string;
  users: { email: string; displayName: string; role: Role }[];
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
  },
  {
    name: 'Lakeside Family Services',
    slug: 'lakeside',
    users: [
      { email: 'admin@lakeside.example', displayName: 'Lee Lakeside', role: Role.ADMIN },
      { email: 'casemanager@lakeside.example', displayName: 'Lou Lakeside', role: Role.CASE_MANAGER },
    ],
  },
];
