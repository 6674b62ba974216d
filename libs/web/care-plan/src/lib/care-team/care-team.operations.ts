import { graphql } from '@waymark/web/core';

export const careTeamTrainingFields = graphql(`
  fragment CareTeamTrainingFields on CareTeamTraining {
    id
    version
    clientId
    topic
    description
    trainedOn
    trainerName
    trainer {
      id
      displayName
    }
    refreshMonths
    refreshDueOn
    voidedAt
    voidReason
    trainees {
      id
      name
      role
      contactId
      removedAt
      removalReason
    }
  }
`);

export const careTeamTrainingsQuery = graphql(`
  query CareTeamTrainings($clientId: ID!, $first: Int, $after: String) {
    careTeamTrainings(clientId: $clientId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...CareTeamTrainingFields
        }
      }
    }
  }
`);

export const careTeamStatusQuery = graphql(`
  query CareTeamTrainingStatus($clientId: ID!) {
    careTeamTrainingStatus(clientId: $clientId) {
      today
      topics
      members {
        personKey
        name
        role
        contactId
        cells {
          topic
          standing
          trainedOn
          refreshDueOn
          trainingId
          traineeId
        }
      }
    }
  }
`);

export const careTeamContactsQuery = graphql(`
  query CareTeamContacts($clientId: ID!) {
    clientContacts(clientId: $clientId) {
      id
      name
      relationship
    }
  }
`);

export const recordCareTeamTrainingMutation = graphql(`
  mutation RecordCareTeamTraining($input: RecordCareTeamTrainingInput!) {
    recordCareTeamTraining(input: $input) {
      ...CareTeamTrainingFields
    }
  }
`);

export const removeCareTeamTraineeMutation = graphql(`
  mutation RemoveCareTeamTrainee($input: RemoveCareTeamTraineeInput!) {
    removeCareTeamTrainee(input: $input) {
      ...CareTeamTrainingFields
    }
  }
`);

export const voidCareTeamTrainingMutation = graphql(`
  mutation VoidCareTeamTraining($input: VoidCareTeamTrainingInput!) {
    voidCareTeamTraining(input: $input) {
      ...CareTeamTrainingFields
    }
  }
`);
