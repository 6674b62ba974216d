import { graphql } from '@waymark/web/core';

export const agencyInstrumentsQuery = graphql(`
  query AgencyInstruments {
    instruments(includeInactive: true) {
      id
      code
      revision
      name
      description
      active
      createdAt
    }
  }
`);

export const instrumentDetailQuery = graphql(`
  query InstrumentDetail($id: ID!) {
    instrument(id: $id) {
      id
      code
      revision
      name
      description
      active
      createdAt
      definition
    }
  }
`);
