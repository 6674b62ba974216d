import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@waymark/api/common';
import { JobQueue } from '@waymark/api/database';
import { WEBHOOK_RETENTION_DAYS } from '@waymark/shared/types';
import type { DataSource } from 'typeorm';

const PURGE_JOB = 'webhooks.purge';
/** Rows removed per statement, so one purge never holds long locks on a busy log. */
const CHUNK = 5_000;

/**
 * Keeps the delivery log to WEBHOOK_RETENTION_DAYS: bodies name clients, so they are not kept
 * for ever. Deliveries older than that go with their attempts (a held one too, unsent), then
 * the events no delivery points at any more. Runs nightly on the job queue (one instance).
 */
@Injectable()
export class WebhookRetention implements OnModuleInit {
  private readonly logger = new Logger(WebhookRetention.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.queue.register({ name: PURGE_JOB, cron: '23 3 * * *', run: () => this.purge().then(() => undefined) });
  }

  /** Removes what is past retention; answers how many deliveries and events went. Tests call it directly. */
  async purge(): Promise<{ deliveries: number; events: number }> {
    const cutoff = new Date(this.clock.now().getTime() - WEBHOOK_RETENTION_DAYS * 86_400_000);
    const deliveries = await this.inChunks(
      `DELETE FROM webhook_delivery WHERE id IN (SELECT id FROM webhook_delivery WHERE created_at < $1 LIMIT $2)`,
      cutoff,
    );
    const events = await this.inChunks(
      `DELETE FROM webhook_event WHERE id IN (
         SELECT e.id FROM webhook_event e WHERE e.occurred_at < $1
           AND NOT EXISTS (SELECT 1 FROM webhook_delivery d WHERE d.agency_id = e.agency_id AND d.event_id = e.id) LIMIT $2)`,
      cutoff,
    );
    if (deliveries || events) this.logger.log({ deliveries, events }, 'purged webhook log past retention');
    return { deliveries, events };
  }

  private async inChunks(sql: string, cutoff: Date): Promise<number> {
    let total = 0;
    for (;;) {
      const [, count] = (await this.dataSource.query(sql, [cutoff, CHUNK])) as [unknown, number];
      total += count;
      if (count < CHUNK) return total;
    }
  }
}
