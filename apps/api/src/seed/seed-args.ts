import { parseArgs } from 'node:util';
import { MAX_SEED_CLIENTS } from './demo-agencies';
import type { SeedOptions } from './seed-demo';
import { MAX_DIRECTORY_SERVICES } from './seed-directory';

export const SEED_USAGE = 'seed [--clients N] [--services N]';

/** A whole number from 0 to `max`, or the one line that says what was wrong. */
function count(option: string, value: string, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) > max) {
    throw new Error(`seed: --${option} must be a whole number from 0 to ${max} (got "${value}")`);
  }
  return Number(value);
}

/** `seed`'s options, checked before anything is opened, so a typo changes nothing. */
export function parseSeedArgs(argv: string[]): SeedOptions {
  let values: { clients?: string; services?: string };
  try {
    ({ values } = parseArgs({ args: argv, options: { clients: { type: 'string' }, services: { type: 'string' } }, strict: true, allowPositionals: false }));
  } catch (error) {
    // Node's own wording, up to its first full stop ("Unknown option '--client'").
    throw new Error(`seed: ${(error as Error).message.split('. ')[0]} (usage: ${SEED_USAGE})`);
  }
  const options: SeedOptions = {};
  if (values.clients !== undefined) options.clients = count('clients', values.clients, MAX_SEED_CLIENTS);
  if (values.services !== undefined) options.services = count('services', values.services, MAX_DIRECTORY_SERVICES);
  return options;
}
