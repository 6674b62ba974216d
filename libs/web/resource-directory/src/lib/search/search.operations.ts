import { graphql } from '@waymark/web/core';

export const directorySearchHitFields = graphql(`
  fragment DirectorySearchHitFields on DirectorySearchHit {
    serviceId
    name
    organizationName
    description
    status
    address
    distanceKm
    openNow
    languages
    categories {
      code
      name
      nameEs
    }
    phone
    minimumAge
    maximumAge
    onWaymark
  }
`);

/** One page of services matching the filters, with the facet counts of the whole match. */
export const directorySearchQuery = graphql(`
  query DirectorySearch($input: DirectorySearchInput!) {
    directorySearch(input: $input) {
      totalCount
      correctedText
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...DirectorySearchHitFields
        }
      }
      facets {
        categories {
          code
          name
          count
        }
        languages {
          code
          name
          count
        }
      }
    }
  }
`);

/** The client a search is for: where they live (to measure distances from) and their age (eligibility). Audited like any read of the record. */
export const directoryClientQuery = graphql(`
  query DirectoryClient($id: ID!) {
    client(id: $id) {
      id
      displayName
      age
      address {
        city
        latitude
        longitude
      }
    }
  }
`);
