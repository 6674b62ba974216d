import { graphql } from '@waymark/web/core';

/** A place where services are given, as both a service's page and the directory admin read it. */
export const directoryLocationFieldsFragment = graphql(`
  fragment DirectoryLocationFields on DirectoryLocation {
    id
    name
    description
    transportation
    latitude
    longitude
    timeZone
    address {
      line1
      line2
      city
      region
      stateProvince
      postalCode
      country
    }
  }
`);
