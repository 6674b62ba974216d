import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { AuditTrail, type FieldChanges } from '@waymark/api/audit';
import { BadInputError, decodeCursor, isString, isUuid, NotFoundError, RequestContext, toConnection } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction, ErrorReason, Role, SortDirection } from '@waymark/shared/types';
import { Brackets, In } from 'typeorm';
import { SessionService } from '../auth/session.service';
import { PasswordService } from '../auth/password.service';
import type { ChangeUserRoleInput } from './dto/change-user-role.input';
import type { CreateUserInput } from './dto/create-user.input';
import type { ResetUserPasswordInput } from './dto/reset-user-password.input';
import type { UserVersionInput } from './dto/user-version.input';
import { type UsersArgs, UserOrderField } from './dto/users.args';
import { UserEntity } from './user.entity';
import { UserModel } from './user.model';

const UNIQUE_VIOLATION = '23505';

/** What another context may know of a worker: enough to show and check them. */
export interface StaffSummary {
  id: string;
  displayName: string;
  role: Role;
  active: boolean;
}

/** An agency admin's work on the agency's users. Every change is audited with its fields. */
@Injectable()
export class UserService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
  ) {}

  private get users() {
    return this.tenant.repository(UserEntity);
  }

  async list({ first, after, search, role, includeInactive, orderBy }: UsersArgs) {
    const query = this.users.createQueryBuilder('u').andWhere(`u.kind = 'PERSON'`);
    if (!includeInactive) query.andWhere('u.active');
    if (role) query.andWhere('u.role = :role', { role });
    if (search?.trim()) {
      const pattern = `%${search.trim().replace(/[\\%_]/g, '\\$&')}%`;
      query.andWhere(new Brackets((q) => q.where('u.displayName ILIKE :pattern', { pattern }).orWhere('u.email ILIKE :pattern', { pattern })));
    }
    const totalCount = await query.getCount();
    const { field, direction } = orderBy ?? { field: UserOrderField.NAME, direction: SortDirection.ASC };
    const column = field === UserOrderField.EMAIL ? 'u.email' : 'u.displayName';
    const key = (user: UserEntity) => (field === UserOrderField.EMAIL ? user.email : user.displayName);
    if (after) {
      // The cursor names its order, so one taken from another order is refused rather than misread.
      const [, value, id] = decodeCursor(after, [(value) => value === `${field} ${direction}`, isString, isUuid]);
      query.andWhere(`(${column}, u.id) ${direction === SortDirection.ASC ? '>' : '<'} (:value, :id)`, { value, id });
    }
    const rows = await query.orderBy(column, direction).addOrderBy('u.id', direction).take(first + 1).getMany();
    return { ...toConnection(rows, first, UserModel.from, (u) => [`${field} ${direction}`, key(u), u.id]), totalCount };
  }

  async get(id: string): Promise<UserModel> {
    const user = await this.users.findOneBy({ id, kind: 'PERSON' });
    if (!user) throw new NotFoundError('User');
    return UserModel.from(user);
  }

  /** The agency's users among `ids`, in one query: for the names other contexts show. */
  async summaries(ids: readonly string[]): Promise<StaffSummary[]> {
    if (!ids.length) return [];
    return this.users.find({ where: { id: In([...ids]) }, select: { id: true, displayName: true, role: true, active: true, agencyId: true } });
  }

  /** The agency's active users holding one of `roles`, by name: the workers a caseload report lists. */
  async activeWithRoles(roles: readonly Role[]): Promise<StaffSummary[]> {
    return this.users.find({
      where: { active: true, role: In([...roles]) },
      select: { id: true, displayName: true, role: true, active: true, agencyId: true },
      order: { displayName: 'ASC', id: 'ASC' },
    });
  }

  /** Every user of the agency, active or not, by name: whom the audit viewer may filter on (AUDIT_ACTORS_MAX at most). */
  async everyone(limit: number): Promise<StaffSummary[]> {
    return this.users.find({ select: { id: true, displayName: true, role: true, active: true, agencyId: true }, order: { displayName: 'ASC', id: 'ASC' }, take: limit });
  }

  /** Whether `id` is an active user of the agency holding one of `roles`. */
  async isActiveWithRole(id: string, roles: readonly Role[]): Promise<boolean> {
    const user = await this.users.findOneBy({ id, active: true, role: In([...roles]) });
    return !!user;
  }

  async currentUser(): Promise<UserModel> {
    return this.get(this.context.requirePrincipal().id);
  }

  @Transactional()
  async create(input: CreateUserInput, { mustChangePassword = true } = {}): Promise<UserModel> {
    const email = input.email.trim().toLowerCase();
    this.passwords.assertAcceptable(input.password, 'password', [email, input.displayName]);
    const user = await this.users.save(
      this.users.create({
        email,
        displayName: input.displayName.trim(),
        role: input.role,
        passwordHash: await this.passwords.hash(input.password),
        mustChangePassword,
        active: true,
        failedLoginCount: 0,
        lockedUntil: null,
        lastLoginAt: null,
      }),
    ).catch((error) => {
      // E-mail addresses are unique across agencies; the unique index is the one arbiter.
      if (error?.driverError?.code === UNIQUE_VIOLATION) {
        throw new BadInputError('A user with this e-mail already exists.', [{ field: 'email', message: 'already in use' }], ErrorReason.EMAIL_TAKEN);
      }
      throw error;
    });
    await this.audit.record({
      action: AuditAction.CREATE,
      entityType: 'User',
      entityId: user.id,
      changes: { email: { to: email }, displayName: { to: user.displayName }, role: { to: user.role }, password: { to: 'set' } },
    });
    return UserModel.from(user);
  }

  @Transactional()
  async changeRole({ userId, version, role }: ChangeUserRoleInput): Promise<UserModel> {
    const before = await this.mustFind(userId);
    this.refuseSelf(userId, 'change your own role');
    if (before.role === Role.ADMIN && before.active && role !== Role.ADMIN) await this.keepAnAdmin();
    return this.update(before, version, { role }, { role: { from: before.role, to: role } });
  }

  @Transactional()
  async deactivate({ userId, version }: UserVersionInput): Promise<UserModel> {
    const before = await this.mustFind(userId);
    this.refuseSelf(userId, 'deactivate yourself');
    if (before.role === Role.ADMIN && before.active) await this.keepAnAdmin();
    const user = await this.update(before, version, { active: false }, { active: { from: before.active, to: false } });
    await this.sessions.revokeAll(userId, 'user deactivated');
    return user;
  }

  @Transactional()
  async reactivate({ userId, version }: UserVersionInput): Promise<UserModel> {
    const before = await this.mustFind(userId);
    return this.update(before, version, { active: true, failedLoginCount: 0, lockedUntil: null }, { active: { from: before.active, to: true } });
  }

  @Transactional()
  async resetPassword({ userId, version, newPassword }: ResetUserPasswordInput): Promise<UserModel> {
    const before = await this.mustFind(userId);
    this.passwords.assertAcceptable(newPassword, 'newPassword', [before.email, before.displayName]);
    const user = await this.update(
      before,
      version,
      { passwordHash: await this.passwords.hash(newPassword), mustChangePassword: true, failedLoginCount: 0, lockedUntil: null },
      { password: { to: 'reset' }, mustChangePassword: { from: before.mustChangePassword, to: true } },
    );
    await this.sessions.revokeAll(userId, 'password reset');
    return user;
  }

  @Transactional()
  async unlock({ userId, version }: UserVersionInput): Promise<UserModel> {
    const before = await this.mustFind(userId);
    return this.update(before, version, { failedLoginCount: 0, lockedUntil: null }, { lockedUntil: { from: before.lockedUntil?.toISOString() ?? null, to: null } });
  }

  private async update(before: UserEntity, version: number, patch: Partial<UserEntity>, changes: FieldChanges): Promise<UserModel> {
    const user = await this.users.updateVersioned(before.id, version, patch, 'User');
    await this.audit.record({ action: AuditAction.UPDATE, entityType: 'User', entityId: user.id, changes });
    return UserModel.from(user);
  }

  /** A person of the agency: an API client's companion row is managed as the API client, never as a user. */
  private async mustFind(id: string): Promise<UserEntity> {
    const user = await this.users.findOneBy({ id, kind: 'PERSON' });
    if (!user) throw new NotFoundError('User');
    return user;
  }

  private refuseSelf(userId: string, what: string): void {
    if (userId === this.context.requirePrincipal().id) {
      throw new BadInputError(`You cannot ${what}; ask another administrator.`, [{ field: 'userId', message: 'is you' }]);
    }
  }

  /** An agency must keep at least one active admin, or nobody could manage it. */
  private async keepAnAdmin(): Promise<void> {
    // Row locks, so two admins demoting each other at once cannot both pass this check.
    const admins = await this.users.find({ where: { role: Role.ADMIN, active: true }, select: { id: true }, lock: { mode: 'pessimistic_write' } });
    if (admins.length <= 1) {
      throw new BadInputError('The agency needs at least one active administrator.', [{ field: 'userId', message: 'last admin' }]);
    }
  }
}
