/** One unauthenticated call per operation on resource lists, for the policy spec. */
const ID = '00000000-0000-0000-0000-000000000000';

export const probes: Record<string, string> = {
  clientResourceLists: `{ clientResourceLists(clientId: "${ID}") { edges { node { id } } } }`,
  resourceList: `{ resourceList(id: "${ID}") { id } }`,
  createResourceList: `mutation { createResourceList(input: { clientId: "${ID}", serviceIds: ["${ID}"] }) { id } }`,
  deliverResourceList: `mutation { deliverResourceList(input: { resourceListId: "${ID}", channel: PRINTED }) { id } }`,
};
