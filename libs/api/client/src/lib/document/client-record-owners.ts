import { Injectable, type OnModuleInit } from '@nestjs/common';
import { isUuid, RequestContext } from '@waymark/api/common';
import { TenantScope, type TenantOwned } from '@waymark/api/database';
import { DocumentOwnerType } from '@waymark/shared/types';
import type { EntityTarget } from 'typeorm';
import { ConsentEntity } from '../consent/consent.entity';
import { FundRequestEntity } from '../funds/fund-request.entity';
import { IncidentEntity } from '../incident/incident.entity';
import { CaseNoteEntity } from '../note/case-note.entity';
import { VISIBLE_NOTE_SQL } from '../note/case-note-visibility';
import { ClientEntity } from '../person/client.entity';
import { EnrollmentEntity } from '../program/entities/enrollment.entity';
import { DocumentOwners } from './document-owners';

/** This context's records that take documents, registered with DocumentOwners as the module starts. */
@Injectable()
export class ClientRecordOwners implements OnModuleInit {
  constructor(
    private readonly owners: DocumentOwners,
    private readonly tenant: TenantScope,
    private readonly context: RequestContext,
  ) {}

  onModuleInit(): void {
    this.owners.register(DocumentOwnerType.CLIENT, { clientOf: (ids) => this.clientsOf(ClientEntity, 'id', ids) });
    this.owners.register(DocumentOwnerType.ENROLLMENT, { clientOf: (ids) => this.clientsOf(EnrollmentEntity, 'clientId', ids) });
    // Someone else's draft is not part of the record yet: for the uploader it does not exist.
    this.owners.register(DocumentOwnerType.CASE_NOTE, {
      clientOf: (ids) => this.clientsOf(CaseNoteEntity, 'clientId', ids, { sql: VISIBLE_NOTE_SQL('r'), params: { viewerId: this.context.requirePrincipal().id } }),
    });
    this.owners.register(DocumentOwnerType.CONSENT, { clientOf: (ids) => this.clientsOf(ConsentEntity, 'clientId', ids) });
    this.owners.register(DocumentOwnerType.INCIDENT, { clientOf: (ids) => this.clientsOf(IncidentEntity, 'clientId', ids) });
    this.owners.register(DocumentOwnerType.FUND_REQUEST, { clientOf: (ids) => this.clientsOf(FundRequestEntity, 'clientId', ids) });
  }

  /** Each id of the agency's rows of `entity` (those `only` lets through), mapped to the client in `clientProperty`. */
  private async clientsOf<T extends TenantOwned>(
    entity: EntityTarget<T>,
    clientProperty: string,
    ids: readonly string[],
    only?: { sql: string; params: Record<string, unknown> },
  ): Promise<Map<string, string>> {
    const wanted = ids.filter(isUuid);
    if (!wanted.length) return new Map();
    const query = this.tenant
      .repository(entity)
      .createQueryBuilder('r')
      .select('r.id', 'id')
      .addSelect(`r.${clientProperty}`, 'client_id')
      .andWhere('r.id IN (:...ownerIds)', { ownerIds: wanted });
    if (only) query.andWhere(only.sql, only.params);
    const rows = await query.getRawMany<{ id: string; client_id: string }>();
    return new Map(rows.map((row) => [row.id, row.client_id]));
  }
}
