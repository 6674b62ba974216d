import { graphql } from '@waymark/web/core';

/** The templates a program offers to start a plan from. */
export const planTemplatesQuery = graphql(`
  query PlanTemplates($programId: ID) {
    planTemplates(programId: $programId) {
      id
      name
      description
      goals
      active
    }
  }
`);
