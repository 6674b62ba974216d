import { Injectable } from '@nestjs/common';
import { TenantScope } from '@waymark/api/database';
import { In } from 'typeorm';
import type { ContactFact } from '../shared/client-facts';
import { ClientContactEntity } from './client-contact.entity';

/** People in clients' support networks as the contexts above see them: plain facts, never entities. */
@Injectable()
export class ContactFacts {
  constructor(private readonly tenant: TenantScope) {}

  /**
   * The agency's contacts among `ids` that belong to `clientId`, in one query, without an access
   * check (the caller has checked the client): another client's or agency's id is simply absent.
   */
  async ofClient(clientId: string, ids: readonly string[]): Promise<ContactFact[]> {
    if (!ids.length) return [];
    const rows = await this.tenant.repository(ClientContactEntity).find({ where: { clientId, id: In([...ids]) } });
    return rows.map((contact) => ({ id: contact.id, clientId: contact.clientId, name: contact.name, relationship: contact.relationship, archived: contact.archivedAt !== null }));
  }
}
