import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@waymark/api/audit';
import { TenantScope } from '@waymark/api/database';
import { AuditAction } from '@waymark/shared/types';
import { ClientAccess } from '../access/client-access.service';
import type { ClientPageArgs } from '../shared/dto/client-id.args';
import { newestFirst } from '../shared/newest-first';
import { FUND_ENTRY_SOURCE_TYPE, FundLedger } from './fund-ledger';
import { FundEntryEntity } from './fund-entry.entity';
import { FundRequestEntity } from './fund-request.entity';
import { FUND_REQUEST_SOURCE_TYPE, FundRequestStore } from './fund-request-store';
import { ClientFundModel, FundEntryConnection, FundEntryModel, FundRequestConnection, FundRequestModel } from './fund.model';

/** The fund as a whole, in the trail: its balance names no row of its own. */
export const CLIENT_FUND_SOURCE_TYPE = 'ClientFund';

/** Reading a client's fund; the balance and every line or request shown is an audited read of the client's record. */
@Injectable()
export class FundQueryService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly ledger: FundLedger,
    private readonly store: FundRequestStore,
    private readonly access: ClientAccess,
    private readonly audit: AuditTrail,
  ) {}

  async fund(clientId: string): Promise<ClientFundModel> {
    await this.access.require(clientId, 'read');
    const { balanceCents, committedCents } = await this.ledger.totals(clientId);
    this.audit.recordRead({ action: AuditAction.READ, entityType: CLIENT_FUND_SOURCE_TYPE, entityId: clientId, clientId });
    return Object.assign(new ClientFundModel(), { clientId, balanceCents, committedCents, availableCents: balanceCents - committedCents });
  }

  /** The ledger, the latest recorded first. */
  async entries({ clientId, first, after }: ClientPageArgs): Promise<FundEntryConnection> {
    await this.access.require(clientId, 'read');
    const query = this.tenant.repository(FundEntryEntity).createQueryBuilder('e').andWhere('e.client_id = :clientId', { clientId });
    const { rows, ...connection } = await newestFirst.countedPage(query, 'e.recorded_at', 'e.id', { first, after }, FundEntryModel.from);
    if (rows.length) this.audit.recordRead(...rows.map((entry) => ({ action: AuditAction.READ, entityType: FUND_ENTRY_SOURCE_TYPE, entityId: entry.id, clientId })));
    return connection;
  }

  /** The client's requests, the latest made first. */
  async requests({ clientId, first, after }: ClientPageArgs): Promise<FundRequestConnection> {
    await this.access.require(clientId, 'read');
    const query = this.tenant.repository(FundRequestEntity).createQueryBuilder('r').andWhere('r.client_id = :clientId', { clientId });
    const { rows, ...connection } = await newestFirst.countedPage(query, 'r.created_at', 'r.id', { first, after }, FundRequestModel.from);
    this.recordReads(rows);
    return connection;
  }

  async one(id: string): Promise<FundRequestModel> {
    const request = await this.store.mustFind(id);
    await this.access.require(request.clientId, 'read');
    this.recordReads([request]);
    return FundRequestModel.from(request);
  }

  private recordReads(requests: FundRequestEntity[]): void {
    if (!requests.length) return;
    this.audit.recordRead(...requests.map((request) => ({ action: AuditAction.READ, entityType: FUND_REQUEST_SOURCE_TYPE, entityId: request.id, clientId: request.clientId })));
  }
}
