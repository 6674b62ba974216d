import { createIfMissing, prepareDatabase, requireDatabaseUrl, smallSiblingUrl } from '../lib/databases';
import { runReportBench } from './report-run';

/** `npm run bench:reports`: the report bench on its own, on DATABASE_URL and its `_small` sibling. */
async function main(): Promise<void> {
  const url = requireDatabaseUrl();
  const smallUrl = smallSiblingUrl(url);
  await createIfMissing(smallUrl);
  await prepareDatabase(url, 'large');
  await prepareDatabase(smallUrl, 'small');
  console.log(await runReportBench(url, smallUrl));
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
