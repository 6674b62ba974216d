/** One unauthenticated call per operation of the directory's HSDS import and export, for the policy spec. */
export const probes: Record<string, string> = {
  importDirectory: 'mutation { importDirectory(input: { format: HSDS_JSON, files: [{ name: "a.json", content: "[]" }] }) { id } }',
  directoryImport: '{ directoryImport(id: "00000000-0000-0000-0000-000000000000") { id } }',
  directoryImports: '{ directoryImports { id } }',
  exportDirectory: '{ exportDirectory(format: HSDS_JSON) { files { name } } }',
};
