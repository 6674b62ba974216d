import { graphql } from '@waymark/web/core';

export const directoryPhoneFields = graphql(`
  fragment DirectoryPhoneFields on DirectoryPhone {
    id
    number
    extension
    type
    description
  }
`);

/** Everything a case manager reads before referring: where, when, for whom, what to bring, how to apply. */
export const directoryServiceQuery = graphql(`
  query DirectoryService($id: ID!) {
    directoryService(id: $id) {
      id
      name
      alternateName
      description
      url
      email
      status
      organization {
        id
        name
        description
        website
        email
        waymarkAgency {
          id
          name
        }
      }
      locations {
        ...DirectoryLocationFields
        url
        phones {
          ...DirectoryPhoneFields
        }
      }
      phones {
        ...DirectoryPhoneFields
      }
      openingHours {
        weekday
        opensAt
        closesAt
        description
      }
      languages {
        code
        name
      }
      minimumAge
      maximumAge
      eligibilityDescription
      feesDescription
      costOptions {
        option
        amount
        currency
        amountDescription
      }
      requiredDocuments
      applicationProcess
      interpretationServices
      serviceAreas
      categories {
        code
        name
        nameEs
      }
      capacity {
        unit
        available
        maximum
        description
        updatedAt
      }
      keywords
      alert
      lastVerifiedOn
    }
  }
`);
