/**
 * `npm run schema:publish`: publishes the current SDL as the next version of the contract:
 * copies it to docs/api/schema.graphql and turns the changelog's Unreleased section into that
 * version (major when it declares breaking changes, minor when it adds or changes, else patch).
 * Refuses while schema:check fails.
 */
import { writeFileSync } from 'node:fs';
import { nextVersion, releaseChangelog } from './changelog';
import { CONTRACT_FILES, readContractFile } from './contract-files';
import { checkSchema } from './schema-changes';

async function main(): Promise<void> {
  const [published, current, changelog] = [CONTRACT_FILES.published, CONTRACT_FILES.current, CONTRACT_FILES.changelog].map(readContractFile);
  const check = await checkSchema(published, current, changelog);
  if (check.undeclared.length > 0) {
    console.error(`schema:publish refused: ${check.undeclared.length} breaking change(s) not declared; run npm run schema:check.`);
    process.exit(1);
  }
  if (published === current) {
    console.log('schema:publish: nothing to publish, the schema is the published one.');
    return;
  }
  const version = nextVersion(changelog, check.declared.length > 0);
  writeFileSync(CONTRACT_FILES.published, current);
  writeFileSync(CONTRACT_FILES.changelog, releaseChangelog(changelog, version, new Date().toISOString().slice(0, 10)));
  console.log(`schema:publish: contract ${version} published (docs/api/schema.graphql, docs/api/CHANGELOG.md). Commit both.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
