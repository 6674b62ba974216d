import { print } from 'graphql';
import type { TypedDocumentNode } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/**
 * Sends one GraphQL operation outside Apollo Client. The session manager uses it for
 * login, refresh and logout so that the token machinery never goes through the links it
 * feeds. GraphQL errors are thrown as Apollo's `CombinedGraphQLErrors`, so one error
 * helper reads them all.
 */
export async function graphqlRequest<TData, TVariables>(
  endpoint: string,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  accessToken?: string | null,
): Promise<TData> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json;q=0.9',
  };
  if (accessToken) headers['authorization'] = `Bearer ${accessToken}`;
  const response = await fetch(endpoint, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: print(document), variables }),
    credentials: 'same-origin',
  });
  const bodyText = await response.text();
  let result: { data?: TData | null; errors?: CombinedGraphQLErrors['errors'] };
  try {
    result = JSON.parse(bodyText);
  } catch {
    throw new ServerError(`Unexpected response (status ${response.status})`, { response, bodyText });
  }
  if (result.errors && result.errors.length > 0) {
    throw new CombinedGraphQLErrors({ data: result.data ?? null, errors: result.errors });
  }
  if (!response.ok || result.data == null) {
    throw new ServerError(`Unexpected response (status ${response.status})`, { response, bodyText });
  }
  return result.data;
}
