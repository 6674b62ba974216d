import { graphql } from '@waymark/web/core';

/** The client's programs, to start a plan for one still open. */
export const carePlanEnrollmentsQuery = graphql(`
  query CarePlanEnrollments($clientId: ID!) {
    clientEnrollments(clientId: $clientId) {
      id
      status
      openedOn
      program {
        id
        name
      }
    }
  }
`);

/** The client's assessments with the needs they found, which can seed goals. */
export const carePlanAssessmentsQuery = graphql(`
  query CarePlanAssessments($clientId: ID!) {
    clientAssessments(clientId: $clientId) {
      id
      enrollmentId
      status
      completedOn
      instrument {
        id
        name
      }
      needs {
        domain
        source
        label {
          en
          es
        }
      }
    }
  }
`);
