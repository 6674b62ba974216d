import { Injectable, type OnModuleInit } from '@nestjs/common';
import { isUuid } from '@waymark/api/common';
import { TenantScope, type TenantOwned } from '@waymark/api/database';
import { DocumentOwnerType } from '@waymark/shared/types';
import type { EntityTarget } from 'typeorm';
import { ConsentEntity } from '../consent/consent.entity';
import { IncidentEntity } from '../incident/incident.entity';
import { CaseNoteEntity } from '../note/case-note.entity';
import { ClientEntity } from '../person/client.entity';
import { EnrollmentEntity } from '../program/entities/enrollment.entity';
import { DocumentOwners } from './document-owners';

/** This context's records that take documents, registered with DocumentOwners as the module starts. */
@Injectable()
export class ClientRecordOwners implements OnModuleInit {
  constructor(
    private readonly owners: DocumentOwners,
    private readonly tenant: TenantScope,
  ) {}

  onModuleInit(): void {
    this.owners.register(DocumentOwnerType.CLIENT, { clientOf: (ids) => this.clientsOf(ClientEntity, 'id', ids) });
    this.owners.register(DocumentOwnerType.ENROLLMENT, { clientOf: (ids) => this.clientsOf(EnrollmentEntity, 'clientId', ids) });
    this.owners.register(DocumentOwnerType.CASE_NOTE, { clientOf: (ids) => this.clientsOf(CaseNoteEntity, 'clientId', ids) });
    this.owners.register(DocumentOwnerType.CONSENT, { clientOf: (ids) => this.clientsOf(ConsentEntity, 'clientId', ids) });
    this.owners.register(DocumentOwnerType.INCIDENT, { clientOf: (ids) => this.clientsOf(IncidentEntity, 'clientId', ids) });
  }

  /** Each id of the agency's rows of `entity`, mapped to the client in `clientProperty`. */
  private async clientsOf<T extends TenantOwned>(entity: EntityTarget<T>, clientProperty: string, ids: readonly string[]): Promise<Map<string, string>> {
    const wanted = ids.filter(isUuid);
    if (!wanted.length) return new Map();
    const rows = await this.tenant
      .repository(entity)
      .createQueryBuilder('r')
      .select('r.id', 'id')
      .addSelect(`r.${clientProperty}`, 'client_id')
      .andWhere('r.id IN (:...ownerIds)', { ownerIds: wanted })
      .getRawMany<{ id: string; client_id: string }>();
    return new Map(rows.map((row) => [row.id, row.client_id]));
  }
}
