import { graphql } from '@waymark/web/core';

export const carePlanGoalFields = graphql(`
  fragment CarePlanGoalFields on CarePlanGoal {
    id
    goalKey
    position
    statement
    domain
    priority
    targetDate
    status
    sourceAssessmentId
    sourceNeed
    objectives {
      id
      objectiveKey
      position
      description
      measure
      baseline
      target
      targetDate
    }
    interventions {
      id
      position
      objectiveId
      description
      responsible
      responsibleName
      frequency
    }
  }
`);

export const carePlanFields = graphql(`
  fragment CarePlanFields on CarePlan {
    id
    version
    clientId
    enrollmentId
    programName
    revision
    previousId
    status
    effectiveOn
    reviewDueOn
    clientVision
    strengths
    sourceAssessmentId
    author {
      id
      displayName
    }
    submittedAt
    submittedBy {
      id
      displayName
    }
    approvedBy {
      id
      displayName
    }
    approvedAt
    returnNote
    acknowledgedOn
    acknowledgementMethod
    acknowledgedBy
    acknowledgementNote
    closedAt
    closeReason
    mayEdit
    mayApprove
    createdAt
    updatedAt
    goals {
      ...CarePlanGoalFields
    }
  }
`);

export const clientCarePlansQuery = graphql(`
  query ClientCarePlans($clientId: ID!) {
    clientCarePlans(clientId: $clientId) {
      ...CarePlanFields
    }
  }
`);

export const carePlanQuery = graphql(`
  query CarePlan($id: ID!) {
    carePlan(id: $id) {
      ...CarePlanFields
      client {
        id
        displayName
        clientNumber
      }
    }
  }
`);
