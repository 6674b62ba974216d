import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditTrail } from '@waymark/api/audit';
import { BadInputError, RequestContext } from '@waymark/api/common';
import { AuditAction } from '@waymark/shared/types';
import { UserEntity } from '../user/user.entity';
import { LockoutService } from './lockout.service';
import { lockedError } from './login-policy';
import { fail, ok, type Outcome, unwrap } from './outcome';
import { PasswordService } from './password.service';
import { SessionService } from './session.service';

/** A signed-in user choosing a new password. */
@Injectable()
export class PasswordChangeService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly passwords: PasswordService,
    private readonly lockout: LockoutService,
    private readonly sessions: SessionService,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
  ) {}

  async change(currentPassword: string, newPassword: string): Promise<void> {
    unwrap(await this.attempt(currentPassword, newPassword));
  }

  /** A wrong current password counts like a failed sign-in, so a stolen session cannot guess it. */
  @Transactional()
  private async attempt(currentPassword: string, newPassword: string): Promise<Outcome<void>> {
    const principal = this.context.requirePrincipal();
    const users = this.txHost.tx.getRepository(UserEntity);
    const user = await users.findOneOrFail({ where: { id: principal.id }, lock: { mode: 'pessimistic_write' } });
    if (!(await this.passwords.verify(user.passwordHash, currentPassword))) {
      const lockedUntil = await this.lockout.countFailure(user, 'wrong current password');
      if (lockedUntil) {
        await this.sessions.revokeAll(user.id, 'account locked');
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
    await users.save(user);
    // Other devices signed in with the old password lose their sessions; this one stays.
    await this.sessions.revokeOthers(user.id, principal.sessionId, 'password changed');
    await this.audit.record({ action: AuditAction.PASSWORD_CHANGE, entityType: 'User', entityId: user.id, changes: { password: { to: 'changed' } } });
    return ok(undefined);
  }
}
