import type {
  DirectoryImportFieldsFragment,
  DirectoryLocationAdminFieldsFragment,
  DirectoryOrganizationAdminFieldsFragment,
  DirectoryServiceAdminFieldsFragment,
} from '@waymark/web/core';

/** What the admin pages read of directory records: the generated types of their operations, by short names. */

export type { TaxonomyTermItem as TermRecord } from '../search/taxonomy';
export type OrganizationRecord = DirectoryOrganizationAdminFieldsFragment;
export type ServiceRecord = DirectoryServiceAdminFieldsFragment;
export type LocationRecord = DirectoryLocationAdminFieldsFragment;

export type ImportRecord = DirectoryImportFieldsFragment;
