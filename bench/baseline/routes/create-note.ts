// Mirrors CaseNoteResolver.createCaseNote → CaseNoteService.create (libs/api/client/src/lib/note/case-note.service.ts):
// in one transaction the client and the caller's right to write to it, the draft note, and its audit row.
import type { FastifyInstance } from 'fastify';
import { requireClient } from '../access';
import { auditSource, recordAudit } from '../audit';
import { type Deps, Refused, signedInRoute } from '../route';

interface CreateNoteBody {
  input: { clientId: string; noteType: string; occurredAt: string; narrative?: string | null };
}

export function createNote(app: FastifyInstance, deps: Deps): void {
  signedInRoute<CreateNoteBody>(app, deps, 'create-note', async ({ db, body: { input }, caller, request }) => {
    const note = await db.transaction(async (tx) => {
      await requireClient(tx, caller, input.clientId, 'write');
      const occurredAt = new Date(input.occurredAt);
      if (!(occurredAt.getTime() <= Date.now())) throw new Refused('BAD_USER_INPUT', 'occurredAt must not be in the future.');
      const narrative = input.narrative ?? '';
      const [row] = await tx.query<{ id: string; version: number }>(
        `INSERT INTO case_note (id, created_at, updated_at, version, agency_id, client_id, enrollment_id, author_id, note_type, occurred_at,
                                duration_minutes, place, participants, narrative, status, signed_at, late_entry)
         VALUES (DEFAULT, DEFAULT, DEFAULT, 1, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id, created_at, updated_at, version`,
        [caller.agencyId, input.clientId, null, caller.userId, input.noteType, occurredAt, null, null, null, narrative, 'DRAFT', null, false],
      );
      const changes = { noteType: { to: input.noteType }, occurredAt: { to: occurredAt.toISOString() }, narrativeLength: { to: narrative.length } };
      await recordAudit(tx, auditSource(request, caller), [{ action: 'CREATE', entityType: 'CaseNote', entityId: row.id, clientId: input.clientId, changes }]);
      return row;
    });
    return { createCaseNote: { id: note.id, version: note.version } };
  });
}
