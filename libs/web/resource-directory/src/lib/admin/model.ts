import type { DirectoryImportStatus, HsdsFormat } from '@waymark/shared/types';
import type {
  DirectoryLocationAdminFieldsFragment,
  DirectoryOrganizationAdminFieldsFragment,
  DirectoryServiceAdminFieldsFragment,
} from '@waymark/web/core';

/** What the admin pages read of directory records: the generated types of their operations, by short names. */

export type { TaxonomyTermItem as TermRecord } from '../search/taxonomy';
export type OrganizationRecord = DirectoryOrganizationAdminFieldsFragment;
export type ServiceRecord = DirectoryServiceAdminFieldsFragment;
export type LocationRecord = DirectoryLocationAdminFieldsFragment;
export type AddressRecord = NonNullable<LocationRecord['address']>;

export interface ImportRecord {
  id: string;
  format: HsdsFormat;
  fileName?: string | null;
  status: DirectoryImportStatus;
  rowsTotal: number;
  rowsDone: number;
  rowsImported: number;
  rowsRejected: number;
  startedAt: string;
  finishedAt?: string | null;
}
