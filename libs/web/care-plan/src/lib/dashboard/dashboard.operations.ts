import { graphql } from '@waymark/web/core';

/** The counts at the top of the dashboard. */
export const workSummaryQuery = graphql(`
  query WorkSummary {
    workSummary {
      overdue
      dueToday
      upcoming
      assessmentsDue
      caseload
    }
  }
`);

/** The first few of my overdue, today's and next days' tasks, with how many there are of each. */
export const dashboardTasksQuery = graphql(`
  query DashboardTasks($first: Int!, $upcomingDays: Int!) {
    overdue: myTasks(filter: { timing: OVERDUE }, first: $first) {
      totalCount
      edges {
        node {
          ...TaskFields
        }
      }
    }
    today: myTasks(filter: { timing: TODAY }, first: $first) {
      totalCount
      edges {
        node {
          ...TaskFields
        }
      }
    }
    upcoming: myTasks(filter: { timing: UPCOMING, dueWithinDays: $upcomingDays }, first: $first) {
      totalCount
      edges {
        node {
          ...TaskFields
        }
      }
    }
    next: myTasks(filter: { timing: UPCOMING }, first: 1) {
      edges {
        node {
          ...TaskFields
        }
      }
    }
  }
`);

/** Each worker's overdue work, the most behind first. */
export const overdueByWorkerQuery = graphql(`
  query OverdueByWorker {
    overdueByWorker {
      overdue
      escalated
      oldestDueOn
      worker {
        id
        displayName
      }
    }
  }
`);

/** The first clients of my caseload, each with the task due next about them. */
export const caseloadNextTasksQuery = graphql(`
  query CaseloadNextTasks($first: Int!) {
    myCaseload(first: $first) {
      totalCount
      edges {
        node {
          id
          displayName
          riskLevel
          nextTask {
            id
            kind
            title
            generated
            programName
            instrumentName
            referralLabel
            dueOn
            timing
          }
        }
      }
    }
  }
`);
