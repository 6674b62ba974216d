import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditTrail } from '@waymark/api/audit';
import { NotFoundError, RequestContext } from '@waymark/api/common';
import { ActorType, AuditAction, Role } from '@waymark/shared/types';
import { PasswordService } from '../auth/password.service';
import { UserEntity } from '../user/user.entity';
import type { AgencyModel } from './agency.model';
import { AgencyEntity } from './agency.entity';

export interface NewAgency {
  name: string;
  slug: string;
  admin: { email: string; displayName: string; password: string; mustChangePassword: boolean };
}

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
    return { id: agency.id, name: agency.name, slug: agency.slug };
  }

  async findBySlug(slug: string): Promise<AgencyModel | null> {
    return this.txHost.tx.getRepository(AgencyEntity).findOneBy({ slug });
  }

  /** Creates a tenant and its first admin (CLI and seed; there is no one to sign in as yet). */
  @Transactional()
  async createWithAdmin({ name, slug, admin }: NewAgency): Promise<{ agencyId: string; adminId: string }> {
    this.passwords.assertAcceptable(admin.password, 'password', [admin.email, admin.displayName]);
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
    });
    const actor = { type: ActorType.SYSTEM, id: null, agencyId: agency.id };
    await this.audit.record(
      { actor, action: AuditAction.CREATE, entityType: 'Agency', entityId: agency.id, changes: { name: { to: name }, slug: { to: slug } } },
      { actor, action: AuditAction.CREATE, entityType: 'User', entityId: user.id, changes: { email: { to: user.email }, role: { to: Role.ADMIN } } },
    );
    return { agencyId: agency.id, adminId: user.id };
  }
}
