/** One unauthenticated call per document operation, for the policy spec. */
export const probes: Record<string, string> = {
  clientDocuments: '{ clientDocuments(clientId: "00000000-0000-0000-0000-000000000000") { totalCount } }',
  document: '{ document(id: "00000000-0000-0000-0000-000000000000") { id } }',
  updateDocument: 'mutation { updateDocument(input: { documentId: "00000000-0000-0000-0000-000000000000", version: 1, title: "t" }) { id } }',
  removeDocument: 'mutation { removeDocument(input: { documentId: "00000000-0000-0000-0000-000000000000", version: 1, reason: "r" }) { id } }',
};
