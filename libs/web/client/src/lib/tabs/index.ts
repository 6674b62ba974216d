// The record tabs of the client profile; the profile page renders each with `{ client }`.
export type { ClientTabProps } from './tab-props';
export { NetworkTab } from './network/network-tab';
export { ConsentsTab } from './consents/consents-tab';
export { EnrollmentsTab } from './enrollments/enrollments-tab';
export { NotesTab } from './notes/notes-tab';
export { IncidentsTab } from './incidents/incidents-tab';
