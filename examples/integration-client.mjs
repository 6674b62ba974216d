#!/usr/bin/env node
// A small Waymark integration in plain Node 20 (no dependencies), the one docs/integration.md
// walks through: page through the agency's clients, register a client safely under an
// Idempotency-Key, read that client as FHIR R4 and read the resource directory over the HSDS API.
//
//   WAYMARK_URL=http://localhost:3000 WAYMARK_API_KEY=wmk_… node examples/integration-client.mjs
//
// The key needs client:write (write implies read) and directory:read. CI runs this script
// against the real API (apps/api/test/example-client.int-spec.ts).
import { randomUUID } from 'node:crypto';

const baseUrl = (process.env.WAYMARK_URL ?? 'http://localhost:3000').replace(/\/$/, '');
const apiKey = process.env.WAYMARK_API_KEY;
if (!apiKey) {
  console.error('Set WAYMARK_API_KEY to an API client token (Admin → API clients).');
  process.exit(2);
}
const auth = { Authorization: `Bearer ${apiKey}` };

/** A GraphQL error as Waymark sends it: a message a person can read and a code a program can branch on. */
class WaymarkError extends Error {
  constructor(error) {
    super(`${error.extensions?.code ?? 'UNKNOWN'}: ${error.message}`);
    this.code = error.extensions?.code;
    this.retryAfterSeconds = error.extensions?.retryAfterSeconds;
  }
}

async function graphql(query, variables = {}, headers = {}) {
  for (;;) {
    const res = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...auth, ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.json();
    const [error] = body.errors ?? [];
    // Over the key's per-minute limit: wait as long as the API says, then send the same request again.
    if (error?.extensions?.code === 'RATE_LIMITED') {
      await new Promise((resolve) => setTimeout(resolve, error.extensions.retryAfterSeconds * 1000));
      continue;
    }
    if (error) throw new WaymarkError(error);
    return body.data;
  }
}

async function getJson(path) {
  const res = await fetch(`${baseUrl}${path}`, { headers: { Accept: 'application/json', ...auth } });
  if (!res.ok) throw new Error(`GET ${path} answered ${res.status}: ${await res.text()}`);
  return res.json();
}

/** Every client of the agency, a page at a time, following the connection's cursor. */
async function countClients(pageSize) {
  const query = `query Clients($first: Int!, $after: String) {
    clients(first: $first, after: $after) { edges { node { id } } pageInfo { endCursor hasNextPage } }
  }`;
  let after = null;
  let count = 0;
  let pages = 0;
  do {
    const { clients } = await graphql(query, { first: pageSize, after });
    count += clients.edges.length;
    pages += 1;
    after = clients.pageInfo.hasNextPage ? clients.pageInfo.endCursor : null;
  } while (after);
  return { count, pages };
}

/**
 * Registers a client. A network failure leaves us not knowing whether it was made, so the
 * request carries an Idempotency-Key: sending it again with the same key returns the first
 * answer (the same client) instead of a second record.
 */
async function registerClient(person) {
  const mutation = `mutation Register($input: CreateClientInput!) { createClient(input: $input) { id clientNumber version } }`;
  const key = randomUUID();
  const first = await graphql(mutation, { input: person }, { 'Idempotency-Key': key });
  const retried = await graphql(mutation, { input: person }, { 'Idempotency-Key': key });
  return { client: first.createClient, sameOnRetry: retried.createClient.id === first.createClient.id };
}

async function main() {
  const before = await countClients(2);
  console.log(`clients: ${before.count} in ${before.pages} page(s)`);

  const { client, sameOnRetry } = await registerClient({ legalFirstName: 'Ada', legalLastName: `Example ${Date.now()}`, dateOfBirth: '1980-04-02' });
  console.log(`registered client ${client.clientNumber} (${client.id}); the retry returned the same client: ${sameOnRetry}`);
  if (!sameOnRetry) throw new Error('The retry under the same Idempotency-Key made a second client.');

  const everything = await getJson(`/fhir/r4/Patient/${client.id}/$everything`);
  const types = [...new Set(everything.entry.map((entry) => entry.resource.resourceType))];
  console.log(`fhir: a ${everything.resourceType} of ${everything.entry.length} resource(s): ${types.join(', ')}`);

  const services = await getJson('/hsds/services?per_page=5');
  console.log(`hsds: ${services.total_items} service(s), page ${services.page_number} of ${services.total_pages}`);

  const after = await countClients(2);
  console.log(`clients: ${after.count} after registering one`);
  if (after.count !== before.count + 1) throw new Error(`Expected ${before.count + 1} clients, found ${after.count}.`);
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
