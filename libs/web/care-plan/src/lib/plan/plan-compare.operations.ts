import { graphql } from '@waymark/web/core';

export const carePlanComparisonQuery = graphql(`
  query CarePlanComparison($fromId: ID!, $toId: ID!) {
    carePlanComparison(fromId: $fromId, toId: $toId) {
      from {
        id
        revision
      }
      to {
        id
        revision
      }
      fields {
        field
        before
        after
      }
      goals {
        goalKey
        change
        statement
        fields {
          field
          before
          after
        }
        objectives {
          objectiveKey
          change
          description
          fields {
            field
            before
            after
          }
        }
        interventions {
          change
          description
          fields {
            field
            before
            after
          }
        }
      }
    }
  }
`);
