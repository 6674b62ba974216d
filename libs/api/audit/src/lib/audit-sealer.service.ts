import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@waymark/api/common';
import { DataSource, type EntityManager } from 'typeorm';
import { chainOf, GENESIS_HASH, hashEvent, SEALABLE_COLUMNS, type SealableEvent } from './audit-chain';

/** Events chained per transaction: large enough that a backlog of millions (a seeded trail) takes a minute, not an hour. */
const BATCH = 5000;
/** Events commit out of id order; an unsealed event further back than this many ids is not looked for. */
const LOOKBACK_IDS = 100_000;
/** How often the monthly partitions of the trail are checked, and how many months ahead they are made. */
const PARTITION_CHECK_MS = 60 * 60 * 1000;
const PARTITION_MONTHS_AHEAD = 2;

/**
 * Chains audit events by hash a few seconds after they were written, so requests append
 * freely and never wait on one another. One sealer runs at a time across all API instances
 * (a transaction-scoped advisory lock); the others skip that round. The one that runs also
 * keeps the trail's monthly partitions made ahead of time, once an hour.
 */
@Injectable()
export class AuditSealer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(AuditSealer.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private partitionsCheckedAt = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.sealPending().catch((error) => this.logger.error({ err: error }, 'audit sealing failed'));
    }, this.config.AUDIT_SEAL_INTERVAL_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Seals everything pending; returns how many events it sealed. */
  sealPending(): Promise<number> {
    this.running ??= this.sealAll().finally(() => (this.running = undefined));
    return this.running;
  }

  private async sealAll(): Promise<number> {
    let total = 0;
    // Each batch goes on from the last one's end: looking back anew would re-read up to
    // LOOKBACK_IDS sealed events per batch. An event that commits behind it waits for the next round.
    let after = '0';
    for (;;) {
      const batch = await this.dataSource.transaction((manager) => this.sealBatch(manager, after));
      total += batch.sealed;
      if (batch.sealed < BATCH) return total;
      after = batch.lastId;
    }
  }

  private async sealBatch(manager: EntityManager, after: string): Promise<{ sealed: number; lastId: string }> {
    const none = { sealed: 0, lastId: after };
    const [{ locked }] = await manager.query(`SELECT pg_try_advisory_xact_lock(hashtext('waymark.audit-sealer')) AS locked`);
    if (!locked) return none;
    if (Date.now() - this.partitionsCheckedAt > PARTITION_CHECK_MS) {
      await manager.query(`SELECT audit_event_ensure_partitions(now(), $1)`, [PARTITION_MONTHS_AHEAD]);
      this.partitionsCheckedAt = Date.now();
    }
    // The lower bound is read first and sent as a value: inside the statement the planner cannot
    // know it, and hashed every seal there is (0.6 s a round at a million events) instead of
    // walking both indexes over the window (0.06 s).
    const [{ low }] = await manager.query(`SELECT greatest($2::bigint, coalesce(max(event_id), 0) - $1)::text AS low FROM audit_seal`, [LOOKBACK_IDS, after]);
    const events: SealableEvent[] = await manager.query(
      `SELECT ${SEALABLE_COLUMNS} FROM audit_event e
        WHERE e.id > $1
          AND NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.event_id = e.id AND s.event_id > $1)
        ORDER BY e.id LIMIT $2`,
      [low, BATCH],
    );
    if (events.length === 0) return none;

    const chains = [...new Set(events.map((event) => chainOf(event.agency_id)))];
    // Each chain's last seal by itself: DISTINCT ON over the chains read every seal of each (seconds a batch once a chain holds a million).
    const heads: { chain: string; seq: string; hash: string }[] = await manager.query(
      `SELECT c.chain, s.seq, s.hash FROM unnest($1::text[]) AS c(chain)
       CROSS JOIN LATERAL (SELECT seq, hash FROM audit_seal WHERE chain = c.chain ORDER BY seq DESC LIMIT 1) s`,
      [chains],
    );
    const head = new Map(heads.map((row) => [row.chain, { seq: Number(row.seq), hash: row.hash }]));

    const values: unknown[] = [];
    const tuples = events.map((event) => {
      const chain = chainOf(event.agency_id);
      const previous = head.get(chain) ?? { seq: 0, hash: GENESIS_HASH };
      const seq = previous.seq + 1;
      const hash = hashEvent(previous.hash, seq, event);
      head.set(chain, { seq, hash });
      values.push(event.id, chain, seq, previous.hash, hash);
      const at = values.length - 5;
      return `($${at + 1}, $${at + 2}, $${at + 3}, $${at + 4}, $${at + 5})`;
    });
    await manager.query(`INSERT INTO audit_seal (event_id, chain, seq, prev_hash, hash) VALUES ${tuples.join(', ')}`, values);
    return { sealed: events.length, lastId: events[events.length - 1].id };
  }
}
