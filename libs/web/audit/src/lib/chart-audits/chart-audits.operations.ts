import { graphql } from '@waymark/web/core';

export const chartAuditSummaryFields = graphql(`
  fragment ChartAuditSummaryFields on ChartAudit {
    id
    version
    quarter
    programId
    programName
    sampleRule
    sampleSize
    seed
    status
    startedAt
    completedAt
    chartCount
    answeredCount
    answerCount
    worker {
      id
      displayName
    }
    startedBy {
      id
      displayName
    }
  }
`);

export const chartAuditReviewFields = graphql(`
  fragment ChartAuditReviewFields on ChartAuditReview {
    audit {
      ...ChartAuditSummaryFields
      items {
        key
        labelEn
        labelEs
        check
        days
      }
    }
    charts {
      id
      version
      clientId
      enrollmentId
      findings
      client {
        id
        displayName
        clientNumber
      }
      worker {
        id
        displayName
      }
      answers {
        id
        version
        itemKey
        automaticResult
        evidence
        result
        note
        overridden
        answeredAt
        answeredBy {
          id
          displayName
        }
      }
      actions {
        id
        chartId
        itemKey
        what
        dueOn
        done
        status
        assignee {
          id
          displayName
        }
      }
    }
    compliance {
      rate
      items {
        key
        pass
        fail
        notApplicable
        rate
      }
      workers {
        charts
        pass
        fail
        rate
        worker {
          id
          displayName
        }
      }
    }
  }
`);

export const chartAuditsQuery = graphql(`
  query ChartAudits($first: Int, $after: String) {
    chartAudits(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ChartAuditSummaryFields
        }
      }
    }
  }
`);

export const chartAuditQuery = graphql(`
  query ChartAuditReview($id: ID!) {
    chartAudit(id: $id) {
      ...ChartAuditReviewFields
    }
  }
`);

export const chartAuditChoicesQuery = graphql(`
  query ChartAuditChoices {
    programs {
      id
      name
    }
    appointmentStaff {
      id
      displayName
      role
    }
  }
`);

export const startChartAuditMutation = graphql(`
  mutation StartChartAudit($input: StartChartAuditInput!) {
    startChartAudit(input: $input) {
      ...ChartAuditReviewFields
    }
  }
`);

export const answerChartAuditItemMutation = graphql(`
  mutation AnswerChartAuditItem($input: AnswerChartAuditItemInput!) {
    answerChartAuditItem(input: $input) {
      ...ChartAuditReviewFields
    }
  }
`);

export const recordChartAuditFindingsMutation = graphql(`
  mutation RecordChartAuditFindings($input: RecordChartFindingsInput!) {
    recordChartAuditFindings(input: $input) {
      ...ChartAuditReviewFields
    }
  }
`);

export const assignCorrectiveActionMutation = graphql(`
  mutation AssignCorrectiveAction($input: AssignCorrectiveActionInput!) {
    assignCorrectiveAction(input: $input) {
      ...ChartAuditReviewFields
    }
  }
`);

export const completeChartAuditMutation = graphql(`
  mutation CompleteChartAudit($input: CompleteChartAuditInput!) {
    completeChartAudit(input: $input) {
      ...ChartAuditReviewFields
    }
  }
`);
