import { graphql } from '@waymark/web/core';

export const assessmentFields = graphql(`
  fragment AssessmentFields on Assessment {
    id
    version
    clientId
    enrollmentId
    status
    answers
    missingRequired
    completedOn
    completedAt
    nextDueOn
    correctsId
    correctionReason
    createdAt
    updatedAt
    instrument {
      id
      code
      revision
      name
      description
      definition
    }
    scores {
      key
      label {
        en
        es
      }
      total
      answered
      bandLabel {
        en
        es
      }
      need
      domain
    }
    needs {
      domain
      source
      label {
        en
        es
      }
    }
    startedBy {
      id
      displayName
    }
    completedBy {
      id
      displayName
    }
  }
`);

/**
 * What a card in the client's list shows: where the assessment stands, who did it and when,
 * its scores and needs. The answers and the instrument's definition load only where the
 * assessment is run, read or compared (AssessmentFields).
 */
export const assessmentListFields = graphql(`
  fragment AssessmentListFields on Assessment {
    id
    version
    clientId
    status
    missingRequired
    completedOn
    nextDueOn
    correctsId
    correctionReason
    createdAt
    instrument {
      id
      code
      name
    }
    scores {
      key
      label {
        en
        es
      }
      total
      answered
      bandLabel {
        en
        es
      }
      need
    }
    needs {
      domain
      source
      label {
        en
        es
      }
    }
    startedBy {
      id
      displayName
    }
    completedBy {
      id
      displayName
    }
  }
`);

export const clientAssessmentsQuery = graphql(`
  query ClientAssessments($clientId: ID!) {
    clientAssessments(clientId: $clientId) {
      ...AssessmentListFields
    }
  }
`);

export const assessmentQuery = graphql(`
  query Assessment($id: ID!) {
    assessment(id: $id) {
      ...AssessmentFields
    }
  }
`);

export const assessmentClientQuery = graphql(`
  query AssessmentClient($id: ID!) {
    client(id: $id) {
      id
      displayName
      mayChange
    }
  }
`);

export const assessmentComparisonQuery = graphql(`
  query AssessmentComparison($assessmentId: ID!, $previousId: ID) {
    assessmentComparison(assessmentId: $assessmentId, previousId: $previousId) {
      current {
        ...AssessmentFields
      }
      previous {
        ...AssessmentFields
      }
      changes {
        question
        label {
          en
          es
        }
        before
        after
      }
      scores {
        key
        label {
          en
          es
        }
        before
        after
      }
    }
  }
`);

export const startChoicesQuery = graphql(`
  query AssessmentStartChoices($clientId: ID!) {
    instruments {
      id
      code
      revision
      name
      description
    }
    clientEnrollments(clientId: $clientId) {
      id
      status
      openedOn
      program {
        id
        name
        rules {
          requiredInstruments {
            instrumentCode
            renewEveryMonths
          }
        }
      }
    }
  }
`);

export const startAssessmentMutation = graphql(`
  mutation StartAssessment($input: StartAssessmentInput!) {
    startAssessment(input: $input) {
      ...AssessmentFields
    }
  }
`);

export const saveAssessmentAnswersMutation = graphql(`
  mutation SaveAssessmentAnswers($input: SaveAssessmentAnswersInput!) {
    saveAssessmentAnswers(input: $input) {
      ...AssessmentFields
    }
  }
`);

export const completeAssessmentMutation = graphql(`
  mutation CompleteAssessment($input: CompleteAssessmentInput!) {
    completeAssessment(input: $input) {
      ...AssessmentFields
    }
  }
`);

export const correctAssessmentMutation = graphql(`
  mutation CorrectAssessment($input: CorrectAssessmentInput!) {
    correctAssessment(input: $input) {
      ...AssessmentFields
    }
  }
`);

export const discardAssessmentMutation = graphql(`
  mutation DiscardAssessment($input: AssessmentVersionInput!) {
    discardAssessment(input: $input)
  }
`);
