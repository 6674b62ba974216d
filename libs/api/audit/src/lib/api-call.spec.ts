import { parse, type OperationDefinitionNode } from 'graphql';
import { describeOperation, describeRoute } from './api-call';

function described(text: string, operationName?: string): string {
  const document = parse(text);
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition');
  return describeOperation(operation, document, operationName);
}

describe('naming an API call', () => {
  it('names a GraphQL operation by its type, name and root fields, through fragments, once each', () => {
    expect(described(`query Clients($search: String) { clients(search: $search) { totalCount } me { id } }`)).toBe('query Clients: clients, me');
    expect(described(`{ ...Root ... on Query { users { totalCount } clients { totalCount } } } fragment Root on Query { clients { totalCount } }`)).toBe(
      'query (anonymous): clients, users',
    );
    expect(described(`mutation { createClient(input: { legalLastName: "Secret" }) { id } }`)).toBe('mutation (anonymous): createClient');
  });

  it('names an operation that never ran by the name it was sent under', () => {
    expect(describeOperation(undefined, undefined, 'Broken')).toBe('(not run) Broken');
    expect(describeOperation(undefined, undefined, undefined)).toBe('(not run) (anonymous)');
  });

  it('names a route by its pattern and the names of its query parameters, never their values', () => {
    expect(describeRoute('GET', '/hsds/services/:id', {})).toBe('GET /hsds/services/:id');
    expect(describeRoute('GET', '/hsds/services', { per_page: '5', search: 'Secret', page: '2' })).toBe('GET /hsds/services?page&per_page&search');
    // A name that is no parameter name at all (a value smuggled into the key) is left out.
    expect(describeRoute('GET', '/fhir/r4/Patient', { patient: 'x', 'Ana Secret <3': '' })).toBe('GET /fhir/r4/Patient?patient');
  });
});
