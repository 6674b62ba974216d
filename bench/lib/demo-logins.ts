import type { Caller } from '../operations/operation';

/** The agency the bench works in, and the demo sign-ins the seed creates at every scale. */
export const BENCH_AGENCY_SLUG = 'riverside';
export const DEMO_PASSWORD = 'Waymark-Demo-2026';
export const DEMO_EMAILS: Record<Caller, string> = {
  caseManager: 'casemanager@riverside.example',
  supervisor: 'supervisor@riverside.example',
};
