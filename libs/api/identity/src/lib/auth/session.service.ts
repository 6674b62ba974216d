import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditTrail } from '@waymark/api/audit';
import { RequestContext, UnauthenticatedError } from '@waymark/api/common';
import { ActorType, AuditAction } from '@waymark/shared/types';
import { IsNull } from 'typeorm';
import { UserEntity } from '../user/user.entity';
import { UserModel } from '../user/user.model';
import type { AuthPayloadModel } from './auth-payload.model';
import { fail, ok, type Outcome, unwrap } from './outcome';
import { RefreshTokenEntity } from './refresh-token.entity';
import { SessionEntity } from './session.entity';
import { TokenService } from './token.service';

/** Sessions (refresh-token families): opened at sign-in, rotated on refresh, revoked at the end. */
@Injectable()
export class SessionService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly tokens: TokenService,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
  ) {}

  private get db() {
    return this.txHost.tx;
  }

  /** Opens a session for a user who just proved who they are. Runs in the caller's transaction. */
  async open(user: UserEntity): Promise<AuthPayloadModel> {
    const session = await this.db.getRepository(SessionEntity).save({
      agencyId: user.agencyId,
      userId: user.id,
      expiresAt: new Date(Date.now() + this.tokens.refreshTtlMs),
      ip: this.context.ip ?? null,
      userAgent: this.context.userAgent ?? null,
    });
    await this.audit.record({
      actor: { type: ActorType.USER, id: user.id, agencyId: user.agencyId },
      action: AuditAction.LOGIN,
      entityType: 'Session',
      entityId: session.id,
    });
    return this.issue(user, session.id);
  }

  async refresh(refreshToken: string): Promise<AuthPayloadModel> {
    return unwrap(await this.rotate(refreshToken));
  }

  @Transactional()
  async logout(): Promise<void> {
    const principal = this.context.requirePrincipal();
    await this.revoke(principal.sessionId, 'logout');
    await this.audit.record({ action: AuditAction.LOGOUT, entityType: 'Session', entityId: principal.sessionId });
  }

  /** Ends every session of a user: deactivation, password reset, lockout. Runs in the caller's transaction. */
  async revokeAll(userId: string, reason: string): Promise<void> {
    await this.db.getRepository(SessionEntity).update({ userId, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason });
  }

  /** Ends a user's sessions but the current one (after a password change on this device). */
  async revokeOthers(userId: string, keepSessionId: string, reason: string): Promise<void> {
    await this.db
      .getRepository(SessionEntity)
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()', revokedReason: reason })
      .where('user_id = :userId AND id <> :keepSessionId AND revoked_at IS NULL', { userId, keepSessionId })
      .execute();
  }

  @Transactional()
  private async rotate(refreshToken: string): Promise<Outcome<AuthPayloadModel>> {
    const expired = () => fail(new UnauthenticatedError('Your session has ended. Sign in again.'));
    const tokens = this.db.getRepository(RefreshTokenEntity);
    const token = await tokens.findOne({ where: { tokenHash: TokenService.hashRefreshToken(refreshToken) }, lock: { mode: 'pessimistic_write' } });
    if (!token) return expired();
    const session = await this.db.getRepository(SessionEntity).findOneByOrFail({ id: token.sessionId });

    if (token.usedAt) {
      // A used token coming back means it was copied: end the whole family, for both holders.
      if (!session.revokedAt) await this.revoke(session.id, 'refresh token reused');
      await this.audit.record({
        actor: { type: ActorType.USER, id: session.userId, agencyId: session.agencyId },
        action: AuditAction.TOKEN_REUSE,
        entityType: 'Session',
        entityId: session.id,
      });
      return expired();
    }
    const user = await this.db.getRepository(UserEntity).findOneByOrFail({ id: session.userId });
    if (session.revokedAt || session.expiresAt <= new Date() || !user.active) return expired();

    token.usedAt = new Date();
    await tokens.save(token);
    return ok(await this.issue(user, session.id));
  }

  private async issue(user: UserEntity, sessionId: string): Promise<AuthPayloadModel> {
    const refresh = this.tokens.newRefreshToken();
    await this.db.getRepository(RefreshTokenEntity).insert({ sessionId, tokenHash: refresh.hash });
    const access = this.tokens.issueAccessToken({ sub: user.id, sid: sessionId });
    return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken: refresh.token, user: UserModel.from(user) };
  }

  private async revoke(sessionId: string, reason: string): Promise<void> {
    await this.db.getRepository(SessionEntity).update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason });
  }
}
