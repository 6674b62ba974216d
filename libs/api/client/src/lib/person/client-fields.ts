import type { FieldChanges } from '@waymark/api/audit';
import type { ClientEntity } from './client.entity';
import type { ClientDetailsInput } from './dto/client-details.input';

/** The client's own fields: what a person edits and what the audit trail records of a change. */
const FIELDS = [
  'status',
  'legalFirstName',
  'legalLastName',
  'preferredName',
  'dateOfBirth',
  'pronouns',
  'gender',
  'primaryLanguage',
  'interpreterNeeded',
  'phone',
  'email',
  'addressLine1',
  'addressLine2',
  'city',
  'region',
  'postalCode',
  'riskLevel',
  'flags',
  'referralSource',
  'referralReason',
  'presentingNeeds',
] as const satisfies readonly (keyof ClientEntity)[];

export type ClientFields = Partial<Pick<ClientEntity, (typeof FIELDS)[number]>>;

/** The entity's columns an input sets: only the fields it names, the address as a whole. */
export function fieldsOf(input: ClientDetailsInput & Pick<ClientFields, 'legalFirstName' | 'legalLastName'>): ClientFields {
  const { address, ...rest } = input;
  const fields: ClientFields = {};
  for (const name of FIELDS) {
    const value = (rest as Record<string, unknown>)[name];
    if (value !== undefined) Object.assign(fields, { [name]: value });
  }
  if (address !== undefined) {
    Object.assign(fields, {
      addressLine1: address?.line1 ?? null,
      addressLine2: address?.line2 ?? null,
      city: address?.city ?? null,
      region: address?.region ?? null,
      postalCode: address?.postalCode ?? null,
    });
  }
  return fields;
}

/** A new client's fields that have a value, as audited changes. */
export function createdChanges(client: ClientEntity): FieldChanges {
  return Object.fromEntries(FIELDS.filter((name) => client[name] !== null).map((name) => [name, { to: client[name] }]));
}

/** The fields of `patch` that differ from `before`: both what to write and what to audit. */
export function diff(before: ClientEntity, patch: ClientFields): { changed: ClientFields; changes: FieldChanges } {
  const changed: ClientFields = {};
  const changes: FieldChanges = {};
  for (const name of FIELDS) {
    const to = patch[name];
    if (to === undefined || JSON.stringify(to) === JSON.stringify(before[name])) continue;
    Object.assign(changed, { [name]: to });
    changes[name] = { from: before[name], to };
  }
  return { changed, changes };
}
