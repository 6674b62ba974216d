import type { INestApplicationContext } from '@nestjs/common';
import { SystemContext } from '@waymark/api/audit';
import { InstrumentService, STARTER_INSTRUMENTS } from '@waymark/api/care-plan';

/**
 * Gives a new agency the starter instruments (revision 1 of each), published by the system
 * through the instrument service, so they are validated and audited as an admin's own would
 * be. Runs inside the caller's transaction, so an agency is never left without them.
 */
export async function addStarterInstruments(app: INestApplicationContext, agencyId: string): Promise<void> {
  const instruments = app.get(InstrumentService);
  await app.get(SystemContext).run(agencyId, async () => {
    for (const { code, name, description, definition } of STARTER_INSTRUMENTS) await instruments.createRevision({ code, name, description, definition });
  });
}
