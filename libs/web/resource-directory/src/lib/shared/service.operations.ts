import { graphql } from '@waymark/web/core';

/** What a service is and whom it is for, as both its page and the directory admin read it. */
export const directoryServiceFieldsFragment = graphql(`
  fragment DirectoryServiceFields on DirectoryService {
    id
    name
    alternateName
    description
    url
    email
    status
    openingHours {
      weekday
      opensAt
      closesAt
    }
    languages {
      code
      name
    }
    minimumAge
    maximumAge
    eligibilityDescription
    feesDescription
    requiredDocuments
    applicationProcess
    interpretationServices
    categories {
      code
      name
      nameEs
    }
    capacity {
      unit
      available
      maximum
      updatedAt
    }
    lastVerifiedOn
  }
`);
