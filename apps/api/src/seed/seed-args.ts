import { parseArgs } from 'node:util';
import { MAX_SEED_CLIENTS } from './demo-agencies';
import type { SeedOptions } from './seed-demo';

export const SEED_USAGE = 'seed [--clients N]';

/** `seed`'s options, checked before anything is opened, so a typo changes nothing. */
export function parseSeedArgs(argv: string[]): SeedOptions {
  let clients: string | undefined;
  try {
    ({ values: { clients } } = parseArgs({ args: argv, options: { clients: { type: 'string' } }, strict: true, allowPositionals: false }));
  } catch (error) {
    // Node's own wording, up to its first full stop ("Unknown option '--client'").
    throw new Error(`seed: ${(error as Error).message.split('. ')[0]} (usage: ${SEED_USAGE})`);
  }
  if (clients === undefined) return {};
  if (!/^\d+$/.test(clients) || Number(clients) > MAX_SEED_CLIENTS) {
    throw new Error(`seed: --clients must be a whole number from 0 to ${MAX_SEED_CLIENTS} (got "${clients}")`);
  }
  return { clients: Number(clients) };
}
