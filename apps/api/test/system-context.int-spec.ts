import { randomUUID } from 'node:crypto';
import { AuditTrail, SystemContext } from '@waymark/api/audit';
import { AuditAction } from '@waymark/shared/types';
import { newAgency } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

describe('scheduled work as the SYSTEM actor', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const readsOf = (entityId: string) => t.db.query(`SELECT agency_id, actor_type, action FROM audit_event WHERE entity_id = $1`, [entityId]);

  it('records the reads it made, also when the work fails after them', async () => {
    const agency = await newAgency(t);
    const system = t.app.get(SystemContext);
    const audit = t.app.get(AuditTrail);
    const done = randomUUID();
    const failed = randomUUID();

    await system.run(agency.id, async () => audit.recordRead({ action: AuditAction.READ, entityType: 'Client', entityId: done }));
    await expect(
      system.run(agency.id, async () => {
        audit.recordRead({ action: AuditAction.READ, entityType: 'Client', entityId: failed });
        throw new Error('the sweep broke after reading');
      }),
    ).rejects.toThrow('the sweep broke after reading');

    expect(await readsOf(done)).toEqual([{ agency_id: agency.id, actor_type: 'SYSTEM', action: 'READ' }]);
    expect(await readsOf(failed)).toEqual([{ agency_id: agency.id, actor_type: 'SYSTEM', action: 'READ' }]);
  });
});
