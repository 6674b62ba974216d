import { graphql } from '../../gql';

export const sessionUserFields = graphql(`
  fragment SessionUserFields on User {
    id
    email
    displayName
    role
    mustChangePassword
    version
  }
`);

export const loginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      user {
        ...SessionUserFields
      }
    }
  }
`);

export const refreshSessionMutation = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      user {
        ...SessionUserFields
      }
    }
  }
`);

export const logoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const appSettingsQuery = graphql(`
  query AppSettings {
    appSettings {
      idleLockMinutes
      passwordMinLength
    }
  }
`);

export const viewerQuery = graphql(`
  query Viewer {
    me {
      agency {
        id
        name
        slug
      }
      user {
        id
        email
        displayName
        role
        mustChangePassword
        lastLoginAt
        version
      }
    }
  }
`);
