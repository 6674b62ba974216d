import type { APIRequestContext } from '@playwright/test';
import { gql } from './app';

export interface TestClient {
  id: string;
  version: number;
  clientNumber: string;
  displayName: string;
}

/** Letters only, so a name made with it still reads as a name to the fuzzy search. */
export function uniqueTag(): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  let tag = '';
  for (let i = 0; i < 6; i++) tag += letters[Math.floor(Math.random() * letters.length)];
  return tag;
}

/** A client created straight through the API (to build test data fast). */
export async function createClient(request: APIRequestContext, token: string, input: Record<string, unknown>): Promise<TestClient> {
  const data = await gql<{ createClient: TestClient }>(
    request,
    'mutation ($input: CreateClientInput!) { createClient(input: $input) { id version clientNumber displayName } }',
    { input },
    token,
  );
  return data.createClient;
}

/** Lets (or stops) the agency's case managers open clients outside their caseload, with a reason. */
export async function setCaseManagersOpenAnyClient(request: APIRequestContext, adminToken: string, open: boolean): Promise<void> {
  const { clientSettings } = await gql<{ clientSettings: { version: number; caseManagersOpenAnyClient: boolean } }>(
    request,
    '{ clientSettings { version caseManagersOpenAnyClient } }',
    {},
    adminToken,
  );
  if (clientSettings.caseManagersOpenAnyClient === open) return;
  await gql(
    request,
    'mutation ($input: UpdateClientSettingsInput!) { updateClientSettings(input: $input) { version } }',
    { input: { version: clientSettings.version, caseManagersOpenAnyClient: open } },
    adminToken,
  );
}

/** A date of birth few other clients share: as the API takes it, and as a worker types it in English. */
export function randomBirthDate(): { iso: string; typed: string } {
  const year = 1930 + Math.floor(Math.random() * 70);
  const month = 1 + Math.floor(Math.random() * 12);
  const day = 1 + Math.floor(Math.random() * 28);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { iso: `${year}-${pad(month)}-${pad(day)}`, typed: `${month}/${day}/${year}` };
}

/** A written consent, signed today, letting the agency share the client's medical information with a clinic. */
export async function recordMedicalConsent(request: APIRequestContext, token: string, clientId: string, clinic: string): Promise<void> {
  const today = new Date().toISOString().slice(0, 10);
  await gql(
    request,
    'mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }',
    {
      input: {
        clientId,
        categories: ['MEDICAL'],
        recipientKind: 'ORGANIZATION',
        recipientName: clinic,
        purpose: 'Coordinating care with the clinic',
        effectiveFrom: today,
        signatureMethod: 'WRITTEN',
        signedOn: today,
      },
    },
    token,
  );
}
