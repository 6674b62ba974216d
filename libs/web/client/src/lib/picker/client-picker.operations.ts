import { graphql } from '@waymark/web/core';

/** Clients to choose from by name or number, best match first (the API forgives typos). */
export const clientPickerSearchQuery = graphql(`
  query ClientPickerSearch($search: String!) {
    clients(filter: { search: $search }, first: 10) {
      edges {
        node {
          id
          displayName
          clientNumber
        }
      }
    }
  }
`);
