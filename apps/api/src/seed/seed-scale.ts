/** What `db:seed --scale` makes at Riverside: a whole agency for benchmarks, each worker with a caseload of about 250. */
export interface SeedScale {
  clients: number;
  services: number;
  workers: number;
  notes: number;
  referrals: number;
}

export const SEED_SCALES = {
  small: { clients: 5_000, services: 5_000, workers: 20, notes: 100_000, referrals: 10_000 },
  large: { clients: 50_000, services: 20_000, workers: 200, notes: 1_000_000, referrals: 100_000 },
} as const satisfies Record<string, SeedScale>;

export type SeedScaleName = keyof typeof SEED_SCALES;

/** The most of each `db:seed` makes: enough for any benchmark, not enough to fill a disk by a typo. */
export const SEED_LIMITS: SeedScale = { clients: 100_000, services: 100_000, workers: 1_000, notes: 3_000_000, referrals: 300_000 };
