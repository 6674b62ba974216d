import { graphql } from '@waymark/web/core';

// Every change to a draft names the plan at its version and answers with the whole plan, so
// the cache holds the new version for the next change.

export const updateCarePlanMutation = graphql(`
  mutation UpdateCarePlan($input: UpdateCarePlanInput!) {
    updateCarePlan(input: $input) {
      ...CarePlanFields
    }
  }
`);

export const addCarePlanGoalMutation = graphql(`
  mutation AddCarePlanGoal($input: AddCarePlanGoalInput!) {
    addCarePlanGoal(input: $input) {
      ...CarePlanFields
    }
  }
`);

export const updateCarePlanGoalMutation = graphql(`
  mutation UpdateCarePlanGoal($input: UpdateCarePlanGoalInput!) {
    updateCarePlanGoal(input: $input) {
      ...CarePlanFields
    }
  }
`);

export const removeCarePlanGoalMutation = graphql(`
  mutation RemoveCarePlanGoal($input: CarePlanGoalRefInput!) {
    removeCarePlanGoal(input: $input) {
      ...CarePlanFields
    }
  }
`);

export const addGoalsFromNeedsMutation = graphql(`
  mutation AddGoalsFromNeeds($input: AddGoalsFromNeedsInput!) {
    addGoalsFromNeeds(input: $input) {
      ...CarePlanFields
    }
  }
`);

export const addCarePlanObjectiveMutation = graphql(`
  mutation AddCarePlanObjective($input: AddCarePlanObjectiveInput!) {
    addCarePlanObjective(input: $input) {
      ...CarePlanFields
    }
  }
`);

export const updateCarePlanObjectiveMutation = graphql(`
  mutation UpdateCarePlanObjective($input: UpdateCarePlanObjectiveInput!) {
    updateCarePlanObjective(input: $input) {
      ...CarePlanFields
    }
  }
`);

export const removeCarePlanObjectiveMutation = graphql(`
  mutation RemoveCarePlanObjective($input: CarePlanObjectiveRefInput!) {
    removeCarePlanObjective(input: $input) {
      ...CarePlanFields
    }
  }
`);

export const addCarePlanInterventionMutation = graphql(`
  mutation AddCarePlanIntervention($input: AddCarePlanInterventionInput!) {
    addCarePlanIntervention(input: $input) {
      ...CarePlanFields
    }
  }
`);

export const updateCarePlanInterventionMutation = graphql(`
  mutation UpdateCarePlanIntervention($input: UpdateCarePlanInterventionInput!) {
    updateCarePlanIntervention(input: $input) {
      ...CarePlanFields
    }
  }
`);

export const removeCarePlanInterventionMutation = graphql(`
  mutation RemoveCarePlanIntervention($input: CarePlanInterventionRefInput!) {
    removeCarePlanIntervention(input: $input) {
      ...CarePlanFields
    }
  }
`);
