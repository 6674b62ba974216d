import { graphql } from '@waymark/web/core';

export const resourceListFields = graphql(`
  fragment ResourceListFields on ResourceList {
    id
    version
    clientId
    language
    note
    createdAt
    createdBy {
      id
      displayName
    }
    items {
      serviceId
      serviceName
      organizationName
      phone
      address
      hours {
        weekday
        opensAt
        closesAt
        description
      }
      website
      eligibility
      fees
    }
    deliveries {
      id
      channel
      address
      status
      error
      occurredAt
      deliveredBy {
        id
        displayName
      }
    }
  }
`);

/** A client's resource lists, newest first, each with how it was handed over. */
export const clientResourceListsQuery = graphql(`
  query ClientResourceLists($clientId: ID!, $first: Int, $after: String) {
    clientResourceLists(clientId: $clientId, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ResourceListFields
        }
      }
    }
  }
`);

/** One list as it was handed over, and the client it is for (the printed sheet names them). */
export const resourceListQuery = graphql(`
  query ResourceList($id: ID!, $clientId: ID!) {
    resourceList(id: $id) {
      ...ResourceListFields
    }
    client(id: $clientId) {
      id
      displayName
    }
  }
`);

export const createResourceListMutation = graphql(`
  mutation CreateResourceList($input: CreateResourceListInput!) {
    createResourceList(input: $input) {
      ...ResourceListFields
    }
  }
`);

export const deliverResourceListMutation = graphql(`
  mutation DeliverResourceList($input: DeliverResourceListInput!) {
    deliverResourceList(input: $input) {
      id
      channel
      address
      status
      error
      occurredAt
    }
  }
`);

/** The client's primary language and contact details: what the builder and the send dialog start from. */
export const resourceListClientQuery = graphql(`
  query ResourceListClient($id: ID!) {
    client(id: $id) {
      id
      primaryLanguage
      email
      phone
    }
  }
`);
