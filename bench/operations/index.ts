import { caseloadReport } from './caseload-report';
import { clientProfile } from './client-profile';
import { clientRead } from './client-read';
import { clientSearch } from './client-search';
import { createNote } from './create-note';
import { dashboard } from './dashboard';
import { directorySearch } from './directory-search';
import { login } from './login';
import { moveReferral } from './move-referral';
import type { Operation } from './operation';

/** The operations of issue 6, in the order the bench runs and reports them. */
export const OPERATIONS: readonly Operation[] = [clientRead, login, clientSearch, clientProfile, dashboard, directorySearch, createNote, moveReferral, caseloadReport];
