/** One unauthenticated call per operation of the directory catalog, for the policy spec. */
const ID = '00000000-0000-0000-0000-000000000000';

export const probes: Record<string, string> = {
  taxonomyTerms: '{ taxonomyTerms { code } }',
  directoryService: `{ directoryService(id: "${ID}") { id } }`,
  directoryOrganization: `{ directoryOrganization(id: "${ID}") { id } }`,
  directoryOrganizations: '{ directoryOrganizations { pageInfo { hasNextPage } } }',
  createDirectoryOrganization: 'mutation { createDirectoryOrganization(input: { name: "O", visibility: SHARED }) { id } }',
  updateDirectoryOrganization: `mutation { updateDirectoryOrganization(input: { id: "${ID}", version: 1, name: "O" }) { id } }`,
  createDirectoryService: `mutation { createDirectoryService(input: { organizationId: "${ID}", name: "S" }) { id } }`,
  updateDirectoryService: `mutation { updateDirectoryService(input: { id: "${ID}", version: 1, name: "S" }) { id } }`,
  recordServiceCapacity: `mutation { recordServiceCapacity(input: { serviceId: "${ID}", unit: "beds", available: 1 }) { id } }`,
  createDirectoryLocation: `mutation { createDirectoryLocation(input: { organizationId: "${ID}", name: "L" }) { id } }`,
  updateDirectoryLocation: `mutation { updateDirectoryLocation(input: { id: "${ID}", version: 1, name: "L" }) { id } }`,
};
