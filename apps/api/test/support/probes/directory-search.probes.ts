/** One unauthenticated call per operation of directory search, for the policy spec. */
export const probes: Record<string, string> = {
  directorySearch: '{ directorySearch(input: { text: "food" }) { totalCount } }',
};
