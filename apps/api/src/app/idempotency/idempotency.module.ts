import { Logger, Module, type OnModuleInit } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AuditModule } from '@waymark/api/audit';
import { JobQueue } from '@waymark/api/database';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { IdempotencyPlugin } from './idempotency.plugin';
import { IdempotencyStore } from './idempotency-store';
import { IdempotentRequests } from './idempotent-requests';

/** Deletes expired idempotency keys every hour. */
const EXPIRE_JOB = 'idempotency.expire';

/** Idempotency-Key on @Idempotent() create mutations: claim, replay, refuse, expire. */
@Module({
  imports: [AuditModule],
  providers: [IdempotencyStore, IdempotentRequests, IdempotencyPlugin, { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor }],
  exports: [IdempotencyStore],
})
export class IdempotencyModule implements OnModuleInit {
  private readonly logger = new Logger(IdempotencyModule.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly store: IdempotencyStore,
  ) {}

  onModuleInit(): void {
    this.queue.register({
      name: EXPIRE_JOB,
      cron: '23 * * * *',
      run: async () => {
        const removed = await this.store.purgeExpired();
        if (removed > 0) this.logger.log(`removed ${removed} expired idempotency keys`);
      },
    });
  }
}
