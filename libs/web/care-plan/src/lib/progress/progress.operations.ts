import { graphql } from '@waymark/web/core';

export const goalProgressFields = graphql(`
  fragment GoalProgressFields on GoalProgress {
    goalKey
    statement
    domain
    status
    latestRating
    lackOfProgress
    entries {
      id
      goalKey
      objectiveKey
      rating
      note
      recordedOn
      caseNoteId
      createdAt
      recordedBy {
        id
        displayName
      }
    }
  }
`);

export const clientProgressQuery = graphql(`
  query ClientProgress($clientId: ID!) {
    clientProgress(clientId: $clientId) {
      ...GoalProgressFields
    }
  }
`);

export const recordProgressMutation = graphql(`
  mutation RecordProgress($input: RecordProgressInput!) {
    recordProgress(input: $input) {
      id
      goalKey
      rating
      recordedOn
    }
  }
`);
