import { parseArgs } from 'node:util';
import type { SeedOptions } from './seed-demo';
import { SEED_LIMITS, SEED_SCALES, type SeedScale, type SeedScaleName } from './seed-scale';

export const SEED_USAGE = 'seed [--scale small|large] [--clients N] [--services N] [--workers N] [--notes N] [--referrals N]';

const COUNTS = ['clients', 'services', 'workers', 'notes', 'referrals'] as const satisfies readonly (keyof SeedScale)[];

/** A whole number from 0 to `max`, or the one line that says what was wrong. */
function count(option: string, value: string, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) > max) {
    throw new Error(`seed: --${option} must be a whole number from 0 to ${max} (got "${value}")`);
  }
  return Number(value);
}

/**
 * `seed`'s options, checked before anything is opened, so a typo changes nothing. A scale
 * gives every count; a count given as well overrides the scale's.
 */
export function parseSeedArgs(argv: string[]): SeedOptions {
  let values: Partial<Record<(typeof COUNTS)[number] | 'scale', string>>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        scale: { type: 'string' },
        clients: { type: 'string' },
        services: { type: 'string' },
        workers: { type: 'string' },
        notes: { type: 'string' },
        referrals: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    // Node's own wording, up to its first full stop ("Unknown option '--client'").
    throw new Error(`seed: ${(error as Error).message.split('. ')[0]} (usage: ${SEED_USAGE})`);
  }
  const options: SeedOptions = {};
  if (values.scale !== undefined) {
    if (!(values.scale in SEED_SCALES)) throw new Error(`seed: --scale must be ${Object.keys(SEED_SCALES).join(' or ')} (got "${values.scale}")`);
    Object.assign(options, SEED_SCALES[values.scale as SeedScaleName]);
  }
  for (const name of COUNTS) {
    const value = values[name];
    if (value !== undefined) options[name] = count(name, value, SEED_LIMITS[name]);
  }
  return options;
}
