import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditTrail } from '@waymark/api/audit';
import {
  AppConfig,
  BadInputError,
  type DomainError,
  ForbiddenError,
  RateLimitedError,
  RequestContext,
  UnauthenticatedError,
} from '@waymark/api/common';
import { ActorType, AuditAction, ErrorReason } from '@waymark/shared/types';
import { IsNull, MoreThan } from 'typeorm';
import { UserEntity } from '../user/user.entity';
import { UserModel } from '../user/user.model';
import type { AuthPayloadModel } from './auth-payload.model';
import { LOCKOUT_MS, LOCKOUT_THRESHOLD, RATE_WINDOW_MS, secondsUntil, WRONG_CREDENTIALS } from './login-policy';
import { LoginAttemptEntity } from './login-attempt.entity';
import { PasswordService } from './password.service';
import { RefreshTokenEntity } from './refresh-token.entity';
import { SessionEntity } from './session.entity';
import { TokenService } from './token.service';

/** A failure whose bookkeeping (attempt counts, lockout, audit) must commit before it is thrown. */
type Outcome<T> = { ok: true; value: T } | { ok: false; error: DomainError };

@Injectable()
export class AuthService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
    private readonly config: AppConfig,
  ) {}

  private get db() {
    return this.txHost.tx;
  }

  async login(email: string, password: string): Promise<AuthPayloadModel> {
    const attemptId = unwrap(await this.reserveAttempt(email.trim()));
    return unwrap(await this.attemptLogin(email.trim(), password, attemptId));
  }

  async refresh(refreshToken: string): Promise<AuthPayloadModel> {
    return unwrap(await this.attemptRefresh(refreshToken));
  }

  @Transactional()
  async logout(): Promise<void> {
    const principal = this.context.requirePrincipal();
    await this.revokeSession(principal.sessionId, 'logout');
    await this.audit.record({ action: AuditAction.LOGOUT, entityType: 'Session', entityId: principal.sessionId });
  }

  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    unwrap(await this.attemptPasswordChange(currentPassword, newPassword));
  }

  /** A wrong current password counts like a failed sign-in, so a stolen session cannot guess it. */
  @Transactional()
  private async attemptPasswordChange(currentPassword: string, newPassword: string): Promise<Outcome<void>> {
    const principal = this.context.requirePrincipal();
    const user = await this.db.getRepository(UserEntity).findOneOrFail({ where: { id: principal.id }, lock: { mode: 'pessimistic_write' } });
    if (!(await this.passwords.verify(user.passwordHash, currentPassword))) {
      const lockedUntil = await this.countFailure(user, 'wrong current password');
      if (lockedUntil) {
        await this.revokeAllSessions(user.id, 'account locked');
        return fail(lockedError(lockedUntil));
      }
      return fail(new BadInputError('The current password is not right.', [{ field: 'currentPassword', message: 'not right' }]));
    }
    this.passwords.assertAcceptable(newPassword, 'newPassword', [user.email, user.displayName]);
    if (await this.passwords.verify(user.passwordHash, newPassword)) {
      throw new BadInputError('Choose a password different from the current one.', [{ field: 'newPassword', message: 'same as current' }]);
    }
    user.passwordHash = await this.passwords.hash(newPassword);
    user.mustChangePassword = false;
    await this.db.getRepository(UserEntity).save(user);
    // Other devices signed in with the old password lose their sessions; this one stays.
    await this.db
      .getRepository(SessionEntity)
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()', revokedReason: 'password changed' })
      .where('user_id = :userId AND id <> :sessionId AND revoked_at IS NULL', { userId: user.id, sessionId: principal.sessionId })
      .execute();
    await this.audit.record({
      action: AuditAction.PASSWORD_CHANGE,
      entityType: 'User',
      entityId: user.id,
      changes: { password: { to: 'changed' } },
    });
    return { ok: true, value: undefined };
  }

  /** Ends every session of a user: deactivation, password reset. Runs in the caller's transaction. */
  async revokeAllSessions(userId: string, reason: string): Promise<void> {
    await this.db
      .getRepository(SessionEntity)
      .update({ userId, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason });
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
    const windowStart = new Date(Date.now() - RATE_WINDOW_MS);
    const recent = await attempts.find({
      select: { attemptedAt: true },
      where: { ip, attemptedAt: MoreThan(windowStart) },
      order: { attemptedAt: 'ASC' },
      take: this.config.LOGIN_RATE_LIMIT,
    });
    if (recent.length >= this.config.LOGIN_RATE_LIMIT) {
      await this.audit.record({ ...anonymous(null), action: AuditAction.LOGIN_FAILED, reason: 'rate limited', changes: { email: { to: email } } });
      return fail(new RateLimitedError(secondsUntil(new Date(recent[0].attemptedAt.getTime() + RATE_WINDOW_MS))));
    }
    const attempt = await attempts.save(attempts.create({ ip, email, succeeded: false }));
    return { ok: true, value: attempt.id };
  }

  @Transactional()
  private async attemptLogin(email: string, password: string, attemptId: string): Promise<Outcome<AuthPayloadModel>> {
    const ip = this.context.ip ?? 'unknown';
    const user = await this.db.getRepository(UserEntity).findOne({ where: { email }, lock: { mode: 'pessimistic_write' } });
    const passwordOk = await this.passwords.verify(user?.passwordHash ?? null, password);

    if (!user) {
      await this.audit.record({ ...anonymous(null), action: AuditAction.LOGIN_FAILED, reason: 'unknown e-mail', changes: { email: { to: email } } });
      return fail(new UnauthenticatedError(WRONG_CREDENTIALS));
    }
    const actor = { type: ActorType.USER, id: user.id, agencyId: user.agencyId };

    if (user.lockedUntil && user.lockedUntil > new Date()) {
      await this.audit.record({ actor, action: AuditAction.LOGIN_FAILED, entityType: 'User', entityId: user.id, reason: 'account locked' });
      return fail(lockedError(user.lockedUntil));
    }
    if (!user.active) {
      await this.audit.record({ actor, action: AuditAction.LOGIN_FAILED, entityType: 'User', entityId: user.id, reason: 'user deactivated' });
      return fail(new UnauthenticatedError(WRONG_CREDENTIALS));
    }
    if (!passwordOk) {
      const lockedUntil = await this.countFailure(user, 'wrong password');
      return fail(lockedUntil ? lockedError(lockedUntil) : new UnauthenticatedError(WRONG_CREDENTIALS));
    }

    user.lastLoginAt = new Date();
    await this.saveSignInState(user.id, { failedLoginCount: 0, lockedUntil: null, lastLoginAt: user.lastLoginAt });
    await this.db.getRepository(LoginAttemptEntity).update({ id: attemptId }, { succeeded: true });
    const session = await this.db.getRepository(SessionEntity).save({
      agencyId: user.agencyId,
      userId: user.id,
      expiresAt: new Date(Date.now() + this.tokens.refreshTtlMs),
      ip,
      userAgent: this.context.userAgent ?? null,
    });
    await this.audit.record({ actor, action: AuditAction.LOGIN, entityType: 'Session', entityId: session.id });
    return { ok: true, value: await this.issue(user, session.id) };
  }

  @Transactional()
  private async attemptRefresh(refreshToken: string): Promise<Outcome<AuthPayloadModel>> {
    const expired = () => fail(new UnauthenticatedError('Your session has ended. Sign in again.'));
    const tokens = this.db.getRepository(RefreshTokenEntity);
    const token = await tokens.findOne({ where: { tokenHash: TokenService.hashRefreshToken(refreshToken) }, lock: { mode: 'pessimistic_write' } });
    if (!token) return expired();
    const session = await this.db.getRepository(SessionEntity).findOneByOrFail({ id: token.sessionId });
    const actor = { type: ActorType.USER, id: session.userId, agencyId: session.agencyId };

    if (token.usedAt) {
      // A used token coming back means it was copied: end the whole family, for both holders.
      if (!session.revokedAt) await this.revokeSession(session.id, 'refresh token reused');
      await this.audit.record({ actor, action: AuditAction.TOKEN_REUSE, entityType: 'Session', entityId: session.id });
      return expired();
    }
    const user = await this.db.getRepository(UserEntity).findOneByOrFail({ id: session.userId });
    if (session.revokedAt || session.expiresAt <= new Date() || !user.active) return expired();

    token.usedAt = new Date();
    await tokens.save(token);
    return { ok: true, value: await this.issue(user, session.id) };
  }

  /**
   * Records a wrong password against a row-locked user: the fifth in a row locks the account.
   * Returns when the lock ends, if this failure locked it.
   */
  private async countFailure(user: UserEntity, reason: string): Promise<Date | null> {
    const actor = { type: ActorType.USER, id: user.id, agencyId: user.agencyId };
    const failures = user.failedLoginCount + 1;
    const lockedUntil = failures >= LOCKOUT_THRESHOLD ? new Date(Date.now() + LOCKOUT_MS) : null;
    await this.saveSignInState(user.id, lockedUntil ? { failedLoginCount: 0, lockedUntil } : { failedLoginCount: failures });
    await this.audit.record({ actor, action: AuditAction.LOGIN_FAILED, entityType: 'User', entityId: user.id, reason });
    if (lockedUntil) {
      await this.audit.record({
        actor,
        action: AuditAction.LOCKOUT,
        entityType: 'User',
        entityId: user.id,
        changes: { lockedUntil: { to: lockedUntil.toISOString() } },
      });
    }
    return lockedUntil;
  }

  /**
   * Sign-in bookkeeping is not an edit of the user: it keeps the version (and updated_at), so
   * an admin's change in progress is not made stale by the user signing in.
   */
  private async saveSignInState(userId: string, state: Partial<Pick<UserEntity, 'failedLoginCount' | 'lockedUntil' | 'lastLoginAt'>>) {
    await this.db
      .getRepository(UserEntity)
      .createQueryBuilder()
      .update()
      .set({ ...state, version: () => 'version', updatedAt: () => 'updated_at' })
      .where('id = :userId', { userId })
      .execute();
  }

  private async issue(user: UserEntity, sessionId: string): Promise<AuthPayloadModel> {
    const refresh = this.tokens.newRefreshToken();
    await this.db.getRepository(RefreshTokenEntity).insert({ sessionId, tokenHash: refresh.hash });
    const access = this.tokens.issueAccessToken({ sub: user.id, sid: sessionId });
    return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken: refresh.token, user: UserModel.from(user) };
  }

  private async revokeSession(sessionId: string, reason: string): Promise<void> {
    await this.db.getRepository(SessionEntity).update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason });
  }
}

function fail(error: DomainError): { ok: false; error: DomainError } {
  return { ok: false, error };
}

function unwrap<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}

function anonymous(agencyId: string | null) {
  return { actor: { type: ActorType.ANONYMOUS, id: null, agencyId } };
}

function lockedError(until: Date): ForbiddenError {
  return new ForbiddenError('This account is locked after too many failed sign-ins. Try again later or ask an administrator.', {
    reason: ErrorReason.ACCOUNT_LOCKED,
    retryAfterSeconds: secondsUntil(until),
  });
}
