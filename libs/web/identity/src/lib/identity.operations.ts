import { graphql } from '@waymark/web/core';

export const userFields = graphql(`
  fragment UserFields on User {
    id
    displayName
    email
    role
    active
    lockedUntil
    lastLoginAt
    mustChangePassword
    createdAt
    version
  }
`);

export const usersQuery = graphql(`
  query Users($first: Int!, $after: String, $search: String, $role: Role, $includeInactive: Boolean!) {
    users(first: $first, after: $after, filter: { search: $search, role: $role, includeInactive: $includeInactive }) {
      totalCount
      edges {
        cursor
        node {
          ...UserFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const userQuery = graphql(`
  query User($id: ID!) {
    user(id: $id) {
      ...UserFields
    }
  }
`);

export const createUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserFields
    }
  }
`);

export const changeUserRoleMutation = graphql(`
  mutation ChangeUserRole($input: ChangeUserRoleInput!) {
    changeUserRole(input: $input) {
      ...UserFields
    }
  }
`);

export const deactivateUserMutation = graphql(`
  mutation DeactivateUser($input: UserVersionInput!) {
    deactivateUser(input: $input) {
      ...UserFields
    }
  }
`);

export const reactivateUserMutation = graphql(`
  mutation ReactivateUser($input: UserVersionInput!) {
    reactivateUser(input: $input) {
      ...UserFields
    }
  }
`);

export const unlockUserMutation = graphql(`
  mutation UnlockUser($input: UserVersionInput!) {
    unlockUser(input: $input) {
      ...UserFields
    }
  }
`);

export const resetUserPasswordMutation = graphql(`
  mutation ResetUserPassword($input: ResetUserPasswordInput!) {
    resetUserPassword(input: $input) {
      ...UserFields
    }
  }
`);

export const changePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);
