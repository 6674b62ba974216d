import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditTrail } from '@waymark/api/audit';
import { AppConfig, RateLimitedError, RequestContext, UnauthenticatedError } from '@waymark/api/common';
import { ActorType, AuditAction } from '@waymark/shared/types';
import { MoreThan } from 'typeorm';
import { UserEntity } from '../user/user.entity';
import type { AuthPayloadModel } from './auth-payload.model';
import { LockoutService } from './lockout.service';
import { lockedError, RATE_WINDOW_MS, secondsUntil, WRONG_CREDENTIALS } from './login-policy';
import { LoginAttemptEntity } from './login-attempt.entity';
import { fail, ok, type Outcome, unwrap } from './outcome';
import { PasswordService } from './password.service';
import { SessionService } from './session.service';

const ANONYMOUS = { type: ActorType.ANONYMOUS, id: null, agencyId: null };

/** Sign-in with e-mail and password: the per-address limit, the lockout, the session. */
@Injectable()
export class SignInService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly passwords: PasswordService,
    private readonly lockout: LockoutService,
    private readonly sessions: SessionService,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
    private readonly config: AppConfig,
  ) {}

  private get db() {
    return this.txHost.tx;
  }

  async login(email: string, password: string): Promise<AuthPayloadModel> {
    const attemptId = unwrap(await this.reserveAttempt(email.trim()));
    return unwrap(await this.attempt(email.trim(), password, attemptId));
  }

  /**
   * Counts this attempt against the caller's address, or refuses it. A short transaction of
   * its own, serialized per address (an advisory lock) so parallel requests cannot all slip
   * under the limit, and committed before the slow password check begins.
   */
  @Transactional()
  private async reserveAttempt(email: string): Promise<Outcome<string>> {
    const ip = this.context.ip ?? 'unknown';
    await this.db.query(`SELECT pg_advisory_xact_lock(hashtext('waymark.login:' || $1))`, [ip]);
    const attempts = this.db.getRepository(LoginAttemptEntity);
    const recent = await attempts.find({
      select: { attemptedAt: true },
      where: { ip, attemptedAt: MoreThan(new Date(Date.now() - RATE_WINDOW_MS)) },
      order: { attemptedAt: 'ASC' },
      take: this.config.LOGIN_RATE_LIMIT,
    });
    if (recent.length >= this.config.LOGIN_RATE_LIMIT) {
      await this.audit.record({ actor: ANONYMOUS, action: AuditAction.LOGIN_FAILED, reason: 'rate limited', changes: { email: { to: email } } });
      return fail(new RateLimitedError(secondsUntil(new Date(recent[0].attemptedAt.getTime() + RATE_WINDOW_MS))));
    }
    const attempt = await attempts.save(attempts.create({ ip, email, succeeded: false }));
    return ok(attempt.id);
  }

  @Transactional()
  private async attempt(email: string, password: string, attemptId: string): Promise<Outcome<AuthPayloadModel>> {
    const user = await this.db.getRepository(UserEntity).findOne({ where: { email }, lock: { mode: 'pessimistic_write' } });
    // Verified even without a user, so an unknown e-mail takes as long as a wrong password.
    const passwordOk = await this.passwords.verify(user?.passwordHash ?? null, password);
    if (!user) {
      await this.audit.record({ actor: ANONYMOUS, action: AuditAction.LOGIN_FAILED, reason: 'unknown e-mail', changes: { email: { to: email } } });
      return fail(new UnauthenticatedError(WRONG_CREDENTIALS));
    }
    const refused = (reason: string) =>
      this.audit.record({
        actor: { type: ActorType.USER, id: user.id, agencyId: user.agencyId },
        action: AuditAction.LOGIN_FAILED,
        entityType: 'User',
        entityId: user.id,
        reason,
      });

    if (user.lockedUntil && user.lockedUntil > new Date()) {
      await refused('account locked');
      return fail(lockedError(user.lockedUntil));
    }
    if (!user.active) {
      await refused('user deactivated');
      return fail(new UnauthenticatedError(WRONG_CREDENTIALS));
    }
    if (!passwordOk) {
      const lockedUntil = await this.lockout.countFailure(user, 'wrong password');
      return fail(lockedUntil ? lockedError(lockedUntil) : new UnauthenticatedError(WRONG_CREDENTIALS));
    }

    user.lastLoginAt = new Date();
    await this.lockout.recordSuccess(user.id, user.lastLoginAt);
    await this.db.getRepository(LoginAttemptEntity).update({ id: attemptId }, { succeeded: true });
    return ok(await this.sessions.open(user));
  }
}
