import { type Operation, pick } from './operation';

/** A contact an hour before the bench started: in the past, as the API requires. */
const OCCURRED_AT = new Date(Date.now() - 3_600_000).toISOString();

/** A case manager writes a note on a client of their caseload (audited in the same transaction). */
export const createNote: Operation = {
  id: 'create-note',
  caller: 'caseManager',
  document: `mutation BenchCreateNote($input: CreateCaseNoteInput!) {
  createCaseNote(input: $input) { id version }
}`,
  variables: (fixtures, i) => ({
    input: {
      clientId: pick(fixtures.caseloadClientIds, i),
      noteType: 'PHONE_CALL',
      occurredAt: OCCURRED_AT,
      narrative: 'Called to confirm the food pantry appointment; the client will go on Thursday.',
    },
  }),
};
