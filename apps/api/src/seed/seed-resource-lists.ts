import type { INestApplicationContext } from '@nestjs/common';
import { RequestContext } from '@waymark/api/common';
import { ResourceListDeliveryService, ResourceListService } from '@waymark/api/referral';
import { ActorType, ResourceListChannel, Role } from '@waymark/shared/types';
import { PARTNER_PANTRY } from './plan-directory-partner';
import type { DemoAgency } from './demo-agencies';
import { onceForFirstDemoAgency } from './first-demo-agency';
import type { SeedProgress } from './seed-progress';

/** The demo lists: which of the demo case manager's clients, the services by name, the note, and whether it was printed. */
const PLANS: { client: number; services: string[]; note: string | null; printed: boolean }[] = [
  { client: 0, services: [PARTNER_PANTRY, 'Parenting Support Group'], note: 'Bring a photo ID and a letter with your address to the pantry.', printed: true },
  { client: 1, services: ['Family Counseling', PARTNER_PANTRY], note: null, printed: false },
];

/**
 * Resource lists the first demo agency's case manager made for two of their clients, through
 * the resource-list service itself (so each keeps what the directory says, in the client's
 * language, on the timeline and in the trail): one printed and handed over, one not yet.
 * Nothing is sent. Made once: an agency that has lists is left as it is.
 */
export async function seedResourceLists(app: INestApplicationContext, progress: SeedProgress, demos: readonly DemoAgency[]): Promise<void> {
  await onceForFirstDemoAgency(app, demos, `SELECT 1 FROM resource_list WHERE agency_id = $1 LIMIT 1`, async ({ agency, read, userOf, firstClientsOf }) => {
    const worker = await userOf(Role.CASE_MANAGER);
    if (!worker) return;
    const clients = await firstClientsOf(worker.id, 2);
    const services = await read<{ id: string; name: string }>(
      `SELECT DISTINCT ON (s.name) s.id, s.name FROM service s JOIN organization o ON o.id = s.organization_id
       WHERE s.name = ANY ($1) AND s.status = 'ACTIVE' AND (o.visibility = 'SHARED' OR o.agency_id = $2) ORDER BY s.name, s.id`,
      [[...new Set(PLANS.flatMap((plan) => plan.services))], agency.id],
    );
    const byName = new Map(services.map((service) => [service.name, service.id]));
    app.get(RequestContext).setPrincipal({ actorType: ActorType.USER, id: worker.id, agencyId: agency.id, role: Role.CASE_MANAGER, sessionId: worker.id, mustChangePassword: false });
    let made = 0;
    for (const plan of PLANS) {
      const client = clients[plan.client];
      const serviceIds = plan.services.flatMap((name) => byName.get(name) ?? []);
      if (!client || !serviceIds.length) continue;
      const list = await app.get(ResourceListService, { strict: false }).create({ clientId: client.id, serviceIds, note: plan.note });
      if (plan.printed) await app.get(ResourceListDeliveryService, { strict: false }).deliver({ resourceListId: list.id, channel: ResourceListChannel.PRINTED });
      made += 1;
    }
    progress.log(`seed: resource lists of ${agency.name}: ${made}`);
  });
}
