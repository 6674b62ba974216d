import { graphql } from '@waymark/web/core';

export const directoryOrganizationFieldsFragment = graphql(`
  fragment DirectoryOrganizationAdminFields on DirectoryOrganization {
    id
    version
    name
    alternateName
    description
    website
    email
    visibility
    lastVerifiedOn
    editable
    waymarkAgency {
      id
      name
    }
  }
`);

export const directoryOrganizationsQuery = graphql(`
  query DirectoryAdminOrganizations($search: String, $first: Int!, $after: String) {
    directoryOrganizations(filter: { search: $search }, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...DirectoryOrganizationAdminFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** A service as its editor reads it: the shared fields, the version a save is made at, and what the editor picks from. */
export const directoryServiceAdminFieldsFragment = graphql(`
  fragment DirectoryServiceAdminFields on DirectoryService {
    ...DirectoryServiceFields
    version
    categories {
      id
    }
    locations {
      id
    }
    editable
  }
`);

/** A location as its editor reads it: the shared fields and the version a save is made at. */
export const directoryLocationAdminFieldsFragment = graphql(`
  fragment DirectoryLocationAdminFields on DirectoryLocation {
    ...DirectoryLocationFields
    version
  }
`);

export const directoryOrganizationQuery = graphql(`
  query DirectoryAdminOrganization($id: ID!) {
    directoryOrganization(id: $id) {
      ...DirectoryOrganizationAdminFields
      services {
        ...DirectoryServiceAdminFields
      }
      locations {
        ...DirectoryLocationAdminFields
      }
    }
  }
`);

export const directoryImportFieldsFragment = graphql(`
  fragment DirectoryImportFields on DirectoryImport {
    id
    format
    fileName
    status
    rowsTotal
    rowsDone
    rowsImported
    rowsRejected
    startedAt
    finishedAt
  }
`);

export const directoryImportsQuery = graphql(`
  query DirectoryImports($first: Int) {
    directoryImports(first: $first) {
      ...DirectoryImportFields
    }
  }
`);

/** An import with its report: what starting one answers (so its progress shows at once), and the report once it has stopped. */
export const directoryImportReportFragment = graphql(`
  fragment DirectoryImportReport on DirectoryImport {
    ...DirectoryImportFields
    problems {
      file
      row
      field
      message
    }
  }
`);

export const directoryImportQuery = graphql(`
  query DirectoryImport($id: ID!) {
    directoryImport(id: $id) {
      ...DirectoryImportReport
    }
  }
`);

/** How far a running import has got, without its report (up to DIRECTORY_IMPORT_PROBLEMS_KEPT problems): what is polled while it runs. */
export const directoryImportProgressQuery = graphql(`
  query DirectoryImportProgress($id: ID!) {
    directoryImport(id: $id) {
      ...DirectoryImportFields
    }
  }
`);

export const importDirectoryMutation = graphql(`
  mutation ImportDirectory($input: ImportDirectoryInput!) {
    importDirectory(input: $input) {
      ...DirectoryImportReport
    }
  }
`);

export const exportDirectoryQuery = graphql(`
  query ExportDirectory($format: HsdsFormat!) {
    exportDirectory(format: $format) {
      files {
        name
        content
      }
    }
  }
`);

export const createDirectoryOrganizationMutation = graphql(`
  mutation CreateDirectoryOrganization($input: CreateDirectoryOrganizationInput!) {
    createDirectoryOrganization(input: $input) {
      ...DirectoryOrganizationAdminFields
    }
  }
`);

export const updateDirectoryOrganizationMutation = graphql(`
  mutation UpdateDirectoryOrganization($input: UpdateDirectoryOrganizationInput!) {
    updateDirectoryOrganization(input: $input) {
      ...DirectoryOrganizationAdminFields
    }
  }
`);

export const createDirectoryServiceMutation = graphql(`
  mutation CreateDirectoryService($input: CreateDirectoryServiceInput!) {
    createDirectoryService(input: $input) {
      ...DirectoryServiceAdminFields
    }
  }
`);

export const updateDirectoryServiceMutation = graphql(`
  mutation UpdateDirectoryService($input: UpdateDirectoryServiceInput!) {
    updateDirectoryService(input: $input) {
      ...DirectoryServiceAdminFields
    }
  }
`);

export const recordServiceCapacityMutation = graphql(`
  mutation RecordServiceCapacity($input: RecordServiceCapacityInput!) {
    recordServiceCapacity(input: $input) {
      ...DirectoryServiceAdminFields
    }
  }
`);

export const createDirectoryLocationMutation = graphql(`
  mutation CreateDirectoryLocation($input: CreateDirectoryLocationInput!) {
    createDirectoryLocation(input: $input) {
      ...DirectoryLocationAdminFields
    }
  }
`);

export const updateDirectoryLocationMutation = graphql(`
  mutation UpdateDirectoryLocation($input: UpdateDirectoryLocationInput!) {
    updateDirectoryLocation(input: $input) {
      ...DirectoryLocationAdminFields
    }
  }
`);
