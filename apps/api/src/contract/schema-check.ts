/**
 * `npm run schema:check`: fails (exit 1) when the current SDL breaks the published contract in
 * a way the changelog's Unreleased section does not declare under "Breaking"; prints every change.
 */
import { checkSchema, type SchemaChange } from './schema-changes';
import { CONTRACT_FILES, readContractFile } from './contract-files';

const list = (title: string, changes: SchemaChange[]) => {
  if (changes.length === 0) return;
  console.log(`${title} (${changes.length}):`);
  for (const change of changes) console.log(`  ${change.path}: ${change.message}`);
};

async function main(): Promise<void> {
  const check = await checkSchema(readContractFile(CONTRACT_FILES.published), readContractFile(CONTRACT_FILES.current), readContractFile(CONTRACT_FILES.changelog));
  list('Breaking, NOT declared in docs/api/CHANGELOG.md', check.undeclared);
  list('Breaking, declared', check.declared);
  list('Dangerous', check.dangerous);
  list('Safe', check.safe);
  if (check.undeclared.length > 0) {
    console.log(
      '\nschema:check failed: declare each breaking change by its path under "### Breaking" in the Unreleased section of docs/api/CHANGELOG.md (with what integrators must do), or keep the old field.',
    );
    process.exit(1);
  }
  const total = check.declared.length + check.dangerous.length + check.safe.length;
  console.log(total === 0 ? 'schema:check: the schema is the published one.' : 'schema:check passed.');
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
