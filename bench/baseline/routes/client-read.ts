// Mirrors ClientResolver.client → ClientService.get (libs/api/client/src/lib/person/client.service.ts)
// with the field Client.primaryCaseManager (enrollments, then the staff member): the client with
// the caller's access in one statement, and the reads audited in one insert at the end.
import type { FastifyInstance } from 'fastify';
import { requireClient } from '../access';
import { auditSource, recordAudit } from '../audit';
import { clientSummary, primaryCaseManagerId, staffMembers } from '../clients';
import { type Deps, signedInRoute } from '../route';

interface ClientReadBody {
  id: string;
}

export function clientRead(app: FastifyInstance, deps: Deps): void {
  signedInRoute<ClientReadBody>(app, deps, 'client-read', async ({ db, body, caller, request }) => {
    const client = await requireClient(db, caller, body.id, 'read');
    const caseManagerId = await primaryCaseManagerId(db, caller.agencyId, client.id);
    const staff = await staffMembers(db, caller.agencyId, caseManagerId ? [caseManagerId] : []);
    await recordAudit(db, auditSource(request, caller), [
      { action: 'READ', entityType: 'Client', entityId: client.id, clientId: client.id },
      { action: 'READ', entityType: 'Enrollment', entityId: null, clientId: client.id },
    ]);
    return {
      client: {
        ...clientSummary(client),
        version: client.version,
        flags: client.flags,
        primaryCaseManager: caseManagerId ? (staff.get(caseManagerId) ?? null) : null,
      },
    };
  });
}
