import type { ClientEntity } from './client.entity';
import type { ClientDetailsInput } from './dto/client-details.input';

/** The client's own fields: what a person edits and what the audit trail records of a change. */
export const CLIENT_FIELDS = [
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

/** What the client told intake, in their words: audited by its length (see textByLength). */
export const CLIENT_FREE_TEXT: readonly string[] = ['referralReason', 'presentingNeeds'];

export type ClientFields = Partial<Pick<ClientEntity, (typeof CLIENT_FIELDS)[number]>>;

/** The entity's columns an input sets: only the fields it names, the address as a whole. */
export function fieldsOf(input: ClientDetailsInput & Pick<ClientFields, 'legalFirstName' | 'legalLastName'>): ClientFields {
  const { address, ...rest } = input;
  const fields: ClientFields = {};
  for (const name of CLIENT_FIELDS) {
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
