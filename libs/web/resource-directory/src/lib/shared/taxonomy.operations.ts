import { graphql } from '@waymark/web/core';

/** The whole category tree (global reference data, names in English and Spanish). */
export const taxonomyTermsQuery = graphql(`
  query TaxonomyTerms {
    taxonomyTerms {
      id
      code
      name
      nameEs
      parentCode
      path
    }
  }
`);
