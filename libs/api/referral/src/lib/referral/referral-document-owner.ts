import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DocumentOwners } from '@waymark/api/client';
import { isUuid } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { DocumentOwnerType } from '@waymark/shared/types';
import { ReferralEntity } from './referral.entity';

/**
 * Lets documents be attached to referrals: the client context checks an attachment through
 * DocumentOwners, and learns here which client a referral of the caller's agency is for.
 * A referral received from another agency is not the receiver's to attach to.
 */
@Injectable()
export class ReferralDocumentOwner implements OnModuleInit {
  constructor(
    private readonly owners: DocumentOwners,
    private readonly tenant: TenantScope,
  ) {}

  onModuleInit(): void {
    this.owners.register(DocumentOwnerType.REFERRAL, { clientOf: (ids) => this.clientsOf(ids) });
  }

  private async clientsOf(ids: readonly string[]): Promise<Map<string, string>> {
    const wanted = ids.filter(isUuid);
    if (!wanted.length) return new Map();
    const rows = await this.tenant
      .repository(ReferralEntity)
      .createQueryBuilder('r')
      .select('r.id', 'id')
      .addSelect('r.clientId', 'client_id')
      .andWhere('r.id IN (:...referralIds)', { referralIds: wanted })
      .getRawMany<{ id: string; client_id: string }>();
    return new Map(rows.map((row) => [row.id, row.client_id]));
  }
}
