import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditTrail } from '@waymark/api/audit';
import { BadInputError, fieldProblems, isUuid, NotFoundError, RequestContext } from '@waymark/api/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { In } from 'typeorm';
import { ActorType, AuditAction, ErrorReason, Role } from '@waymark/shared/types';
import { PasswordService } from '../auth/password.service';
import { UserEntity } from '../user/user.entity';
import { AgencyModel } from './agency.model';
import { NewAgency } from './new-agency';
import { AgencyEntity } from './agency.entity';

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class AgencyService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly passwords: PasswordService,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
  ) {}

  async current(): Promise<AgencyModel> {
    const agency = await this.txHost.tx.getRepository(AgencyEntity).findOneBy({ id: this.context.agencyId });
    if (!agency) throw new NotFoundError('Agency');
    return AgencyModel.from(agency);
  }

  /** Every agency's id, for scheduled work that runs once per agency (outside any request). */
  async allIds(): Promise<string[]> {
    const agencies = await this.txHost.tx.getRepository(AgencyEntity).find({ select: { id: true }, order: { id: 'ASC' } });
    return agencies.map((agency) => agency.id);
  }

  /** Any agency's name, or null if there is no such agency: a consent may release data to another agency. */
  async nameOf(id: string): Promise<string | null> {
    const agency = await this.txHost.tx.getRepository(AgencyEntity).findOne({ where: { id }, select: { id: true, name: true } });
    return agency?.name ?? null;
  }

  /** The names of the agencies among `ids`, in one query, in the order asked; null for an id that is no agency. */
  async namesOf(ids: readonly string[]): Promise<(string | null)[]> {
    const wanted = [...new Set(ids.filter(isUuid))];
    if (!wanted.length) return ids.map(() => null);
    const agencies = await this.txHost.tx.getRepository(AgencyEntity).find({ where: { id: In(wanted) }, select: { id: true, name: true } });
    const names = new Map(agencies.map((agency) => [agency.id, agency.name]));
    return ids.map((id) => names.get(id) ?? null);
  }

  /** The other agencies on Waymark, by name, whose name holds `search`: those a consent may release data to. */
  async others(search: string | null | undefined, limit: number): Promise<Pick<AgencyModel, 'id' | 'name'>[]> {
    const query = this.txHost.tx
      .getRepository(AgencyEntity)
      .createQueryBuilder('a')
      .select(['a.id', 'a.name'])
      .where('a.id <> :own', { own: this.context.agencyId });
    if (search) query.andWhere('a.name ILIKE :pattern', { pattern: `%${search.replace(/[\\%_]/g, '\\$&')}%` });
    const agencies = await query.orderBy('a.name', 'ASC').addOrderBy('a.id', 'ASC').limit(limit).getMany();
    return agencies.map(({ id, name }) => ({ id, name }));
  }

  async findBySlug(slug: string): Promise<AgencyModel | null> {
    const agency = await this.txHost.tx.getRepository(AgencyEntity).findOneBy({ slug });
    return agency && AgencyModel.from(agency);
  }

  /** Creates a tenant and its first admin (CLI and seed; there is no one to sign in as yet). */
  @Transactional()
  async createWithAdmin(input: NewAgency): Promise<{ agencyId: string; adminId: string }> {
    const checked = plainToInstance(NewAgency, input);
    const { name, slug, admin } = checked;
    const problems = validateSync(checked).flatMap((error) => fieldProblems(error));
    if (problems.length) throw new BadInputError(problems.map((p) => p.message).join('; '), problems);
    this.passwords.assertAcceptable(admin.password, 'admin.password', [admin.email, admin.displayName]);
    if (await this.txHost.tx.getRepository(AgencyEntity).existsBy({ slug })) {
      throw new BadInputError(`An agency with the slug "${slug}" already exists.`, [{ field: 'slug', message: 'already in use' }]);
    }
    const agency = await this.txHost.tx.getRepository(AgencyEntity).save({ name, slug });
    const user = await this.txHost.tx.getRepository(UserEntity).save({
      agencyId: agency.id,
      email: admin.email.toLowerCase(),
      displayName: admin.displayName,
      role: Role.ADMIN,
      passwordHash: await this.passwords.hash(admin.password),
      mustChangePassword: admin.mustChangePassword,
      active: true,
      failedLoginCount: 0,
    }).catch((error) => {
      if (error?.driverError?.code === UNIQUE_VIOLATION) {
        throw new BadInputError('A user with this e-mail already exists.', [{ field: 'admin.email', message: 'already in use' }], ErrorReason.EMAIL_TAKEN);
      }
      throw error;
    });
    const actor = { type: ActorType.SYSTEM, id: null, agencyId: agency.id };
    await this.audit.record(
      { actor, action: AuditAction.CREATE, entityType: 'Agency', entityId: agency.id, changes: { name: { to: name }, slug: { to: slug } } },
      { actor, action: AuditAction.CREATE, entityType: 'User', entityId: user.id, changes: { email: { to: user.email }, role: { to: Role.ADMIN } } },
    );
    return { agencyId: agency.id, adminId: user.id };
  }
}
