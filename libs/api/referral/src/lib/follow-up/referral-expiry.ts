import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { SystemContext } from '@waymark/api/audit';
import { AppConfig, Clock, RequestContext } from '@waymark/api/common';
import { JobQueue } from '@waymark/api/database';
import { AgencyService } from '@waymark/api/identity';
import { REFERRAL_EXPIRY_NOTE, referralExpirySentBy, ReferralSide, ReferralStatus, UNANSWERED_REFERRAL_STATUSES } from '@waymark/shared/types';
import { ReferralMover } from '../referral/referral-mover';

/** The daily round (REFERRAL_EXPIRY_CRON) that expires referrals nobody answered. */
const EXPIRY_JOB = 'referral.expiry';

/** Referrals read per page. */
const BATCH = 200;

/**
 * Expires the referrals a receiver never answered (SENT or RECEIVED, sent REFERRAL_EXPIRY_DAYS
 * or more days ago), once a day on pg-boss and as an instance starts: for each agency as its
 * SYSTEM actor, each referral through the mover (the SYSTEM side's step, the client's
 * timeline, the audit and ReferralEvent.CHANGED, so the sender's no-answer follow-up closes)
 * in its own transaction, so one that fails is logged and tried again next round. A referral
 * answered meanwhile moves on first and its stale version is left alone.
 */
@Injectable()
export class ReferralExpiry implements OnModuleInit {
  private readonly logger = new Logger(ReferralExpiry.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly config: AppConfig,
    private readonly agencies: AgencyService,
    private readonly system: SystemContext,
    private readonly mover: ReferralMover,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.queue.register({ name: EXPIRY_JOB, cron: this.config.REFERRAL_EXPIRY_CRON, runAtStart: true, run: () => this.run() });
  }

  /** The round for every agency. */
  async run(): Promise<void> {
    for (const agencyId of await this.agencies.allIds()) {
      try {
        await this.runFor(agencyId);
      } catch (error) {
        // One agency's failure (logged, retried next round) does not hold up the others'.
        this.logger.error({ err: error, agencyId }, 'could not expire the referrals of an agency');
      }
    }
  }

  /** One agency's round, as its SYSTEM actor (a test expires its own agency's and leaves the others alone); how many expired. */
  runFor(agencyId: string): Promise<number> {
    return this.system.run(agencyId, () => this.expireAgency());
  }

  private async expireAgency(): Promise<number> {
    const sentBy = referralExpirySentBy(this.clock.today());
    let expired = 0;
    let afterId: string | null = null;
    for (;;) {
      const page = await this.unanswered(sentBy, afterId);
      for (const referral of page) {
        try {
          await this.mover.move({ id: referral.id, version: referral.version, to: ReferralStatus.EXPIRED, note: REFERRAL_EXPIRY_NOTE }, ReferralSide.SYSTEM);
          expired++;
        } catch (error) {
          this.logger.error({ err: error, referralId: referral.id }, 'could not expire a referral');
        }
      }
      if (page.length < BATCH) return expired;
      afterId = page[page.length - 1].id;
    }
  }

  /** A page of the agency's referrals still unanswered that were sent on `sentBy` (UTC day) or before, in id order. */
  private unanswered(sentBy: string, afterId: string | null): Promise<{ id: string; version: number }[]> {
    return this.txHost.tx.query(
      `SELECT id, version FROM referral
       WHERE agency_id = $1 AND status = ANY($2) AND (sent_at AT TIME ZONE 'UTC')::date <= $3::date AND ($4::uuid IS NULL OR id > $4)
       ORDER BY id LIMIT $5`,
      [this.context.agencyId, UNANSWERED_REFERRAL_STATUSES, sentBy, afterId, BATCH],
    );
  }
}
