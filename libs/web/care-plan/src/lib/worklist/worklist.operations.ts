import { graphql } from '@waymark/web/core';

export const taskFields = graphql(`
  fragment TaskFields on Task {
    id
    version
    kind
    title
    programName
    instrumentName
    referralLabel
    details
    status
    priority
    dueOn
    timing
    generated
    escalatedAt
    enrollmentId
    subjectType
    subjectId
    completedAt
    completionNote
    assignee {
      id
      displayName
    }
    completedBy {
      id
      displayName
    }
    client {
      id
      displayName
      clientNumber
    }
  }
`);

/** The caller's open tasks, most pressing first. */
export const myTasksQuery = graphql(`
  query MyTasks($timing: TaskTiming, $kinds: [TaskKind!], $dueWithinDays: Int, $first: Int!, $after: String) {
    myTasks(filter: { timing: $timing, kinds: $kinds, dueWithinDays: $dueWithinDays }, first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...TaskFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Anyone's tasks, for supervisors: a worker's, the supervisors' queue or everyone's. */
export const tasksQuery = graphql(`
  query Tasks($filter: TaskFilter, $first: Int!, $after: String) {
    tasks(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...TaskFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** A client's tasks (the discharge wizard shows those of the enrollment it closes). */
export const clientTasksQuery = graphql(`
  query ClientTasks($clientId: ID!, $status: TaskStatus) {
    clientTasks(clientId: $clientId, status: $status) {
      ...TaskFields
    }
  }
`);

export const createTaskMutation = graphql(`
  mutation CreateTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      ...TaskFields
    }
  }
`);

export const updateTaskMutation = graphql(`
  mutation UpdateTask($input: UpdateTaskInput!) {
    updateTask(input: $input) {
      ...TaskFields
    }
  }
`);

export const completeTaskMutation = graphql(`
  mutation CompleteTask($input: CompleteTaskInput!) {
    completeTask(input: $input) {
      ...TaskFields
    }
  }
`);

export const cancelTaskMutation = graphql(`
  mutation CancelTask($input: CancelTaskInput!) {
    cancelTask(input: $input) {
      ...TaskFields
    }
  }
`);

export const reassignTaskMutation = graphql(`
  mutation ReassignTask($input: ReassignTaskInput!) {
    reassignTask(input: $input) {
      ...TaskFields
    }
  }
`);
