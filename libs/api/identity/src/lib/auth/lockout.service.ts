import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditTrail } from '@waymark/api/audit';
import { ActorType, AuditAction } from '@waymark/shared/types';
import { UserEntity } from '../user/user.entity';
import { LOCKOUT_MS, LOCKOUT_THRESHOLD } from './login-policy';

/** Wrong passwords in a row, and the lock that the fifth one sets. */
@Injectable()
export class LockoutService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * Records a wrong password against a row-locked user (sign-in, or the current password on a
   * password change). Returns when the lock ends, if this failure set it.
   */
  async countFailure(user: UserEntity, reason: string): Promise<Date | null> {
    const actor = { type: ActorType.USER, id: user.id, agencyId: user.agencyId };
    const failures = user.failedLoginCount + 1;
    const lockedUntil = failures >= LOCKOUT_THRESHOLD ? new Date(Date.now() + LOCKOUT_MS) : null;
    await this.save(user.id, lockedUntil ? { failedLoginCount: 0, lockedUntil } : { failedLoginCount: failures });
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

  /** A successful sign-in clears the count and any lock. */
  async recordSuccess(userId: string, at: Date): Promise<void> {
    await this.save(userId, { failedLoginCount: 0, lockedUntil: null, lastLoginAt: at });
  }

  /**
   * Sign-in bookkeeping is not an edit of the user: it keeps the version (and updated_at), so
   * an admin's change in progress is not made stale by the user signing in.
   */
  private async save(userId: string, state: Partial<Pick<UserEntity, 'failedLoginCount' | 'lockedUntil' | 'lastLoginAt'>>) {
    await this.txHost.tx
      .getRepository(UserEntity)
      .createQueryBuilder()
      .update()
      .set({ ...state, version: () => 'version', updatedAt: () => 'updated_at' })
      .where('id = :userId', { userId })
      .execute();
  }
}
