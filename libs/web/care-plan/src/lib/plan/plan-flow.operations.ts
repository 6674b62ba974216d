import { graphql } from '@waymark/web/core';

// A plan's way from draft to approval and on: each step answers with the plan as it now stands.

export const createCarePlanMutation = graphql(`
  mutation CreateCarePlan($input: CreateCarePlanInput!) {
    createCarePlan(input: $input) {
      ...CarePlanFields
    }
  }
`);

export const submitCarePlanMutation = graphql(`
  mutation SubmitCarePlan($input: CarePlanVersionInput!) {
    submitCarePlan(input: $input) {
      ...CarePlanFields
    }
  }
`);

export const approveCarePlanMutation = graphql(`
  mutation ApproveCarePlan($input: CarePlanVersionInput!) {
    approveCarePlan(input: $input) {
      ...CarePlanFields
    }
  }
`);

export const returnCarePlanMutation = graphql(`
  mutation ReturnCarePlan($input: ReturnCarePlanInput!) {
    returnCarePlan(input: $input) {
      ...CarePlanFields
    }
  }
`);

export const reviseCarePlanMutation = graphql(`
  mutation ReviseCarePlan($input: CarePlanVersionInput!) {
    reviseCarePlan(input: $input) {
      ...CarePlanFields
    }
  }
`);

export const closeCarePlanMutation = graphql(`
  mutation CloseCarePlan($input: CloseCarePlanInput!) {
    closeCarePlan(input: $input) {
      ...CarePlanFields
    }
  }
`);

export const acknowledgeCarePlanMutation = graphql(`
  mutation AcknowledgeCarePlan($input: AcknowledgeCarePlanInput!) {
    acknowledgeCarePlan(input: $input) {
      ...CarePlanFields
    }
  }
`);
