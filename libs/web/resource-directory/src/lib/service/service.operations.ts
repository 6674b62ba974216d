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
      ...DirectoryServiceFields
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
        description
      }
      costOptions {
        option
        amount
        currency
        amountDescription
      }
      serviceAreas
      capacity {
        description
      }
      keywords
      alert
    }
  }
`);
