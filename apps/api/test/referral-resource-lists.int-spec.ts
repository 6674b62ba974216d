import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '@waymark/api/common';
import { ok } from './support/client-fixtures';
import { codeOf } from './support/factories';
import { clientToRefer, directoryService, referralWorld, type ReferralWorld } from './support/referral-fixtures';
import { startTestApp, type GqlResult, type TestApp } from './support/test-app';

const ITEM = 'serviceId serviceName organizationName phone address hours { weekday opensAt closesAt description } website eligibility fees';
const DELIVERY = 'id resourceListId channel address status error subject body occurredAt deliveredBy { id }';
const LIST = `id version clientId language note createdAt createdBy { id } items { ${ITEM} } deliveries { ${DELIVERY} }`;
const CREATE = `mutation ($input: CreateResourceListInput!) { createResourceList(input: $input) { ${LIST} } }`;
const DELIVER = `mutation ($input: DeliverResourceListInput!) { deliverResourceList(input: $input) { ${DELIVERY} } }`;
const ONE = `query ($id: ID!) { resourceList(id: $id) { ${LIST} } }`;
const PAGE = `query ($clientId: ID!, $first: Int, $after: String) {
  clientResourceLists(clientId: $clientId, first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id language items { serviceName } } } }
}`;

/** A directory service with everything a handout prints: phone, address, hours, website, eligibility and fees. */
async function detailedService(t: TestApp, keeper: string, name: string) {
  const service = await directoryService(t, keeper, { name });
  await t.db.query(
    `UPDATE service SET url = 'https://pantry.example.org', eligibility_description = 'Residents of Riverside County', fees_description = 'Free' WHERE id = $1`,
    [service.id],
  );
  const [organization] = await t.db.query(`SELECT organization_id AS id FROM service WHERE id = $1`, [service.id]);
  const [location] = await t.db.query(`INSERT INTO location (agency_id, organization_id, name) VALUES ($1, $2, 'Main') RETURNING id`, [keeper, organization.id]);
  await t.db.query(`INSERT INTO service_at_location (agency_id, service_id, location_id) VALUES ($1, $2, $3)`, [keeper, service.id, location.id]);
  await t.db.query(`INSERT INTO address (agency_id, location_id, address_1, city, state_province, postal_code) VALUES ($1, $2, '12 Elm St', 'Riverside', 'CA', '92501')`, [
    keeper,
    location.id,
  ]);
  await t.db.query(`INSERT INTO phone (agency_id, service_id, number) VALUES ($1, $2, '951-555-0100')`, [keeper, service.id]);
  await t.db.query(
    `INSERT INTO schedule (agency_id, service_id, byday, opens_at, closes_at) VALUES ($1, $2, 'TU', '13:00', '16:00'), ($1, $2, 'MO', '09:00', '17:00')`,
    [keeper, service.id],
  );
  return service;
}

describe('resource lists for the client', () => {
  let t: TestApp;
  let world: ReferralWorld;
  let pantry: { id: string; name: string; organizationName: string };
  let clinic: { id: string; name: string; organizationName: string };
  let spanishClient: string;

  beforeAll(async () => {
    t = await startTestApp();
    world = await referralWorld(t);
    pantry = await detailedService(t, world.sender.id, 'Eastside Food Pantry');
    clinic = await directoryService(t, world.receiver.id, { name: 'Valley Dental Clinic' });
    ({ clientId: spanishClient } = await clientToRefer(t, world, { primaryLanguage: 'Spanish', email: 'maria.lopez@example.org', phone: '(951) 555-0199' }));
  });
  afterAll(() => t.close());

  const create = (input: Record<string, unknown>, who: keyof ReferralWorld['people'] = 'caseManager') => world.as(who)(CREATE, { input });
  const deliver = (input: Record<string, unknown>, who: keyof ReferralWorld['people'] = 'caseManager') => world.as(who)(DELIVER, { input });
  const deliveryRow = async (id: string) => (await t.db.query(`SELECT * FROM resource_list_delivery WHERE id = $1`, [id]))[0];
  const auditOf = (entityType: string, entityId: string) =>
    t.db.query(`SELECT action, actor_id, client_id, changes FROM audit_event WHERE entity_type = $1 AND entity_id = $2 ORDER BY id`, [entityType, entityId]);
  const timelineOf = (clientId: string) =>
    t.db.query(`SELECT summary, source_id, actor_id FROM client_timeline_entry WHERE client_id = $1 AND kind = 'RESOURCE_LIST' ORDER BY occurred_at, id`, [clientId]);
  /** Everything resource lists write, to show a refused request wrote nothing. */
  const written = async () => ({
    lists: (await t.db.query(`SELECT count(*)::int AS n FROM resource_list`))[0].n,
    deliveries: (await t.db.query(`SELECT count(*)::int AS n FROM resource_list_delivery`))[0].n,
    timeline: (await t.db.query(`SELECT count(*)::int AS n FROM client_timeline_entry WHERE kind = 'RESOURCE_LIST'`))[0].n,
    audit: (await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity_type IN ('ResourceList', 'ResourceListDelivery') AND action <> 'READ'`))[0].n,
  });

  it("keeps what the directory said of each service, in the client's language, after the directory changes", async () => {
    const list = await ok(create({ clientId: spanishClient, serviceIds: [pantry.id, clinic.id], note: '  Vaya el martes por la mañana.  ' }));
    expect(list).toMatchObject({
      clientId: spanishClient,
      language: 'ES',
      note: 'Vaya el martes por la mañana.',
      createdBy: { id: world.people.caseManager.id },
      deliveries: [],
      items: [
        {
          serviceId: pantry.id,
          serviceName: 'Eastside Food Pantry',
          organizationName: pantry.organizationName,
          phone: '951-555-0100',
          address: '12 Elm St, Riverside, CA 92501',
          hours: [
            { weekday: 'MO', opensAt: '09:00', closesAt: '17:00', description: null },
            { weekday: 'TU', opensAt: '13:00', closesAt: '16:00', description: null },
          ],
          website: 'https://pantry.example.org',
          eligibility: 'Residents of Riverside County',
          fees: 'Free',
        },
        // Another agency's shared service, with nothing but its name.
        { serviceId: clinic.id, serviceName: 'Valley Dental Clinic', phone: null, address: null, hours: [], website: null, eligibility: null, fees: null },
      ],
    });

    await t.db.query(`UPDATE service SET name = 'Renamed Pantry', fees_description = '$5' WHERE id = $1`, [pantry.id]);
    await t.db.query(`DELETE FROM phone WHERE service_id = $1`, [pantry.id]);
    const again = await ok(world.as('caseManager')(ONE, { id: list.id }));
    expect(again.items[0]).toMatchObject({ serviceName: 'Eastside Food Pantry', fees: 'Free', phone: '951-555-0100' });
    await t.db.query(`UPDATE service SET name = 'Eastside Food Pantry', fees_description = 'Free' WHERE id = $1`, [pantry.id]);
    await t.db.query(`INSERT INTO phone (agency_id, service_id, number) VALUES ($1, $2, '951-555-0100')`, [world.sender.id, pantry.id]);

    expect((await timelineOf(spanishClient)).at(-1)).toEqual({ summary: 'Resource list of 2 services made (Spanish)', source_id: list.id, actor_id: world.people.caseManager.id });
    expect(await auditOf('ResourceList', list.id)).toContainEqual({
      action: 'CREATE',
      actor_id: world.people.caseManager.id,
      client_id: spanishClient,
      changes: { language: { to: 'ES' }, noteLength: { to: 29 }, serviceIds: { to: [pantry.id, clinic.id] } },
    });
  });

  it("writes in the client's language when the product speaks it, else English, unless told", async () => {
    const { clientId: vietnamese } = await clientToRefer(t, world, { primaryLanguage: 'Vietnamese' });
    const { clientId: none } = await clientToRefer(t, world);
    expect((await ok(create({ clientId: vietnamese, serviceIds: [pantry.id] }))).language).toBe('EN');
    expect((await ok(create({ clientId: none, serviceIds: [pantry.id] }))).language).toBe('EN');
    expect((await ok(create({ clientId: spanishClient, serviceIds: [pantry.id], language: 'EN' }))).language).toBe('EN');
  });

  it('e-mails and texts the list in its language, recording each attempt with the address masked in the trail', async () => {
    const list = await ok(create({ clientId: spanishClient, serviceIds: [pantry.id, clinic.id], note: 'Llame antes de ir.' }));

    const emailed = await ok(deliver({ resourceListId: list.id, channel: 'EMAIL' }));
    expect(emailed).toMatchObject({ channel: 'EMAIL', address: 'maria.lopez@example.org', status: 'SENT', error: null, subject: '2 recursos comunitarios para usted' });
    // The log-only delivery's message, as the delivery row keeps it: rendered in Spanish on the server.
    const row = await deliveryRow(emailed.id);
    expect(row).toMatchObject({ provider: 'log', status: 'SENT', address: 'maria.lopez@example.org', subject: '2 recursos comunitarios para usted' });
    expect(row.body).toContain('Hola, estos son los servicios de los que hablamos.');
    expect(row.body).toContain('Una nota de su administrador de casos:\nLlame antes de ir.');
    expect(row.body).toContain(`1. Eastside Food Pantry — ${pantry.organizationName}`);
    expect(row.body).toContain('Teléfono: 951-555-0100');
    expect(row.body).toContain('Dirección: 12 Elm St, Riverside, CA 92501');
    expect(row.body).toContain('Horario: lunes 09:00–17:00; martes 13:00–16:00');
    expect(row.body).toContain('Sitio web: https://pantry.example.org');
    expect(row.body).toContain('Para quién es: Residents of Riverside County');
    expect(row.body).toContain('Costo: Free');
    expect(row.body).toContain(`2. Valley Dental Clinic — ${clinic.organizationName}`);
    expect(row.body).not.toMatch(/Phone|Hours|Monday/);

    const texted = await ok(deliver({ resourceListId: list.id, channel: 'TEXT_MESSAGE', address: ' +1 951 555 4567 ' }));
    expect(texted).toMatchObject({ channel: 'TEXT_MESSAGE', address: '+1 951 555 4567', status: 'SENT' });
    const printed = await ok(deliver({ resourceListId: list.id, channel: 'PRINTED' }));
    expect(printed).toMatchObject({ channel: 'PRINTED', address: null, status: 'SENT', subject: null, body: null, deliveredBy: { id: world.people.caseManager.id } });

    const read = await ok(world.as('supervisor')(ONE, { id: list.id }));
    expect(read.deliveries.map((d: { channel: string }) => d.channel)).toEqual(['EMAIL', 'TEXT_MESSAGE', 'PRINTED']);

    expect(await auditOf('ResourceListDelivery', emailed.id)).toEqual([
      {
        action: 'EXPORT',
        actor_id: world.people.caseManager.id,
        client_id: spanishClient,
        changes: { resourceListId: { to: list.id }, channel: { to: 'EMAIL' }, address: { to: 'm•••@example.org' }, status: { to: 'SENT' } },
      },
    ]);
    expect((await auditOf('ResourceListDelivery', texted.id))[0].changes).toEqual({
      resourceListId: { to: list.id },
      channel: { to: 'TEXT_MESSAGE' },
      address: { to: '•••4567' },
      status: { to: 'SENT' },
    });
    expect((await auditOf('ResourceListDelivery', printed.id))[0].changes).toEqual({ resourceListId: { to: list.id }, channel: { to: 'PRINTED' }, status: { to: 'SENT' } });
    // The address itself never reaches the deliveries' trail.
    const trail = JSON.stringify(await t.db.query(`SELECT changes FROM audit_event WHERE entity_type = 'ResourceListDelivery' AND client_id = $1`, [spanishClient]));
    expect(trail).not.toContain('maria.lopez');
    expect(trail).not.toContain('555 4567');

    expect((await timelineOf(spanishClient)).filter((entry: { source_id: string }) => entry.source_id === list.id).map((entry: { summary: string }) => entry.summary)).toEqual([
      'Resource list of 2 services made (Spanish)',
      'Resource list e-mailed to the client',
      'Resource list texted to the client',
      'Resource list printed for the client',
    ]);
  });

  it('refuses bad input with a typed error, writing and sending nothing', async () => {
    const [privateService, inactive] = [
      await directoryService(t, world.third.id, { visibility: 'PRIVATE' }),
      await directoryService(t, world.sender.id, { status: 'INACTIVE' }),
    ];
    const { clientId: unreachable } = await clientToRefer(t, world);
    const list = await ok(create({ clientId: unreachable, serviceIds: [pantry.id] }));
    const before = await written();
    const refused = async (pending: Promise<GqlResult>, field?: string, code = 'BAD_USER_INPUT') => {
      const result = await pending;
      expect(result.errors?.[0].extensions.code).toBe(code);
      if (field) expect(result.errors?.[0].extensions.fields).toContainEqual(expect.objectContaining({ field }));
      return result;
    };
    const base = { clientId: spanishClient, serviceIds: [pantry.id] };
    await refused(create({ ...base, serviceIds: [] }), 'serviceIds');
    await refused(create({ ...base, serviceIds: Array.from({ length: 21 }, () => crypto.randomUUID()) }), 'serviceIds');
    await refused(create({ ...base, serviceIds: [pantry.id, pantry.id] }), 'serviceIds');
    await refused(create({ ...base, serviceIds: [pantry.id, 'not-a-service'] }), 'serviceIds');
    await refused(create({ ...base, serviceIds: [pantry.id, crypto.randomUUID()] }), 'serviceIds.1');
    await refused(create({ ...base, serviceIds: [privateService.id] }), 'serviceIds.0');
    await refused(create({ ...base, serviceIds: [inactive.id] }), 'serviceIds.0');
    await refused(create({ ...base, note: 'x'.repeat(1001) }), 'note');
    await refused(create({ ...base, language: 'FR' }));
    await refused(create({ ...base, clientId: crypto.randomUUID() }), undefined, 'NOT_FOUND');

    await refused(deliver({ resourceListId: list.id, channel: 'EMAIL' }), 'address');
    await refused(deliver({ resourceListId: list.id, channel: 'TEXT_MESSAGE' }), 'address');
    await refused(deliver({ resourceListId: list.id, channel: 'EMAIL', address: 'maria at example' }), 'address');
    await refused(deliver({ resourceListId: list.id, channel: 'TEXT_MESSAGE', address: 'call me' }), 'address');
    await refused(deliver({ resourceListId: list.id, channel: 'PRINTED', address: 'maria@example.org' }), 'address');
    await refused(deliver({ resourceListId: list.id, channel: 'FAX' }));
    await refused(deliver({ resourceListId: crypto.randomUUID(), channel: 'PRINTED' }), undefined, 'NOT_FOUND');
    expect(await written()).toEqual(before);
  });

  it("keeps each agency to its own clients and lists, and auditors to reading", async () => {
    const list = await ok(create({ clientId: spanishClient, serviceIds: [pantry.id] }));
    const before = await written();
    // The third agency's admin: another agency's client and list are not found.
    expect(codeOf(await create({ clientId: spanishClient, serviceIds: [pantry.id] }, 'outsider'))).toBe('NOT_FOUND');
    expect(codeOf(await world.as('outsider')(ONE, { id: list.id }))).toBe('NOT_FOUND');
    expect(codeOf(await world.as('outsider')(PAGE, { clientId: spanishClient }))).toBe('NOT_FOUND');
    expect(codeOf(await deliver({ resourceListId: list.id, channel: 'EMAIL' }, 'outsider'))).toBe('NOT_FOUND');
    // The receiving agency, whose service is on the list, does not see the list either.
    expect(codeOf(await world.as('inboxWorker')(ONE, { id: list.id }))).toBe('NOT_FOUND');
    // An auditor reads, and neither makes nor sends.
    expect((await ok(world.as('auditor')(ONE, { id: list.id }))).id).toBe(list.id);
    expect(codeOf(await create({ clientId: spanishClient, serviceIds: [pantry.id] }, 'auditor'))).toBe('FORBIDDEN');
    expect(codeOf(await deliver({ resourceListId: list.id, channel: 'PRINTED' }, 'auditor'))).toBe('FORBIDDEN');
    expect(await written()).toEqual(before);
  });

  it("pages a client's lists newest first, each shown list an audited read", async () => {
    const { clientId } = await clientToRefer(t, world);
    const first = await ok(create({ clientId, serviceIds: [pantry.id] }));
    const second = await ok(create({ clientId, serviceIds: [clinic.id, pantry.id], language: 'ES' }));
    const page1 = await ok(world.as('supervisor')(PAGE, { clientId, first: 1 }));
    expect(page1.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([second.id]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await ok(world.as('supervisor')(PAGE, { clientId, first: 1, after: page1.pageInfo.endCursor }));
    expect(page2.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([first.id]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect(codeOf(await world.as('supervisor')(PAGE, { clientId, after: 'bogus' }))).toBe('BAD_USER_INPUT');
    for (const id of [first.id, second.id]) {
      expect(await auditOf('ResourceList', id)).toContainEqual({ action: 'READ', actor_id: world.people.supervisor.id, client_id: clientId, changes: null });
    }
  });

  describe('with real providers configured', () => {
    let live: TestApp;
    let gateway: Server;
    const texts: unknown[] = [];

    beforeAll(async () => {
      gateway = createServer((req, res) => {
        let body = '';
        req.on('data', (chunk) => (body += chunk));
        req.on('end', () => {
          texts.push(JSON.parse(body));
          res.end('{}');
        });
      });
      await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
      const port = (gateway.address() as AddressInfo).port;
      // Nothing listens on port 9 (discard): the SMTP server cannot be reached.
      live = await startTestApp({
        MESSAGE_DELIVERY: 'smtp',
        SMTP_URL: 'smtp://127.0.0.1:9',
        SMTP_FROM: 'Waymark <no-reply@example.org>',
        SMS_WEBHOOK_URL: `http://127.0.0.1:${port}/sms`,
      });
    });
    afterAll(async () => {
      await live.close();
      await new Promise((resolve) => gateway.close(resolve));
    });

    it('will not start under MESSAGE_DELIVERY=smtp without an SMTP server and a sender, and never echoes the URL', () => {
      const refusal = 'Configuration error: MESSAGE_DELIVERY=smtp needs SMTP_URL (an smtp:// or smtps:// URL) and SMTP_FROM (the sender)';
      expect(() => loadConfig({ MESSAGE_DELIVERY: 'smtp', SMTP_FROM: 'no-reply@example.org' })).toThrow(refusal);
      expect(() => loadConfig({ MESSAGE_DELIVERY: 'smtp', SMTP_URL: 'https://user:s3cret@mail.example.org', SMTP_FROM: 'no-reply@example.org' })).toThrow(refusal);
      expect(() => loadConfig({ MESSAGE_DELIVERY: 'smtp', SMTP_URL: 'smtps://user:s3cret@mail.example.org' })).toThrow(refusal);
      expect(() => loadConfig({ MESSAGE_DELIVERY: 'pigeon' })).toThrow(/MESSAGE_DELIVERY/);
      expect(() => loadConfig({ SMS_WEBHOOK_URL: 'ftp://gateway' })).toThrow('SMS_WEBHOOK_URL must be an http:// or https:// URL');
    });

    it('posts texts to the webhook, and records an e-mail the SMTP server never took as FAILED with its error', async () => {
      const as = (query: string, variables: Record<string, unknown>) => live.gql(query, variables, { token: world.people.caseManager.token });
      const list = (await as(CREATE, { input: { clientId: spanishClient, serviceIds: [pantry.id] } })).data?.createResourceList;

      const texted = (await as(DELIVER, { input: { resourceListId: list.id, channel: 'TEXT_MESSAGE' } })).data?.deliverResourceList;
      expect(texted).toMatchObject({ status: 'SENT', address: '(951) 555-0199' });
      expect(texts).toEqual([{ to: '(951) 555-0199', body: expect.stringContaining('Teléfono: 951-555-0100') }]);
      expect(await deliveryRow(texted.id)).toMatchObject({ provider: 'sms-webhook' });

      const emailed = (await as(DELIVER, { input: { resourceListId: list.id, channel: 'EMAIL' } })).data?.deliverResourceList;
      expect(emailed).toMatchObject({ status: 'FAILED', error: expect.stringMatching(/ECONNREFUSED|connect/i) });
      expect((await auditOf('ResourceListDelivery', emailed.id))[0].changes).toMatchObject({ status: { to: 'FAILED' }, error: { to: emailed.error } });
      expect((await timelineOf(spanishClient)).at(-1)).toMatchObject({ summary: 'Resource list could not be e-mailed', source_id: list.id });
    });
  });
});
