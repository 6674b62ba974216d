import { given, optionalTexts } from '../shared/to-input';
import type { OrganizationValues } from './organization-dialog';

/** The organization form's values (all, or the changed ones) as the API's inputs take them. */
export function organizationInput({ name, visibility, lastVerifiedOn, ...texts }: Partial<OrganizationValues>) {
  return given({ ...optionalTexts(texts), name: name?.trim(), visibility, lastVerifiedOn: lastVerifiedOn === undefined ? undefined : lastVerifiedOn || null });
}
