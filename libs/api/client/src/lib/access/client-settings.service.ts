import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditTrail } from '@waymark/api/audit';
import { ConflictError, RequestContext, requestLoader } from '@waymark/api/common';
import { AuditAction } from '@waymark/shared/types';
import { ClsService } from 'nestjs-cls';
import { changedFields } from '../shared/field-changes';
import type { UpdateClientSettingsInput } from './client-settings.input';
import { ClientSettingsEntity } from './client-settings.entity';

export interface ClientSettings {
  caseManagersOpenAnyClient: boolean;
  lateEntryDays: number;
  version: number;
}

const DEFAULTS: ClientSettings = { caseManagersOpenAnyClient: false, lateEntryDays: 3, version: 0 };

const FIELDS = ['caseManagersOpenAnyClient', 'lateEntryDays'] as const;

const LOADER = Symbol('client.settings');

/** The agency's client-record rules; the defaults hold until an admin changes one. */
@Injectable()
export class ClientSettingsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
    private readonly audit: AuditTrail,
    private readonly cls: ClsService,
  ) {}

  /** Read once per request: access checks ask for it several times while answering one page. */
  current(): Promise<ClientSettings> {
    return this.loader().load(this.context.agencyId);
  }

  private loader() {
    return requestLoader<string, ClientSettings>(this.cls, LOADER, async ([agencyId]) => [
      (await this.txHost.tx.getRepository(ClientSettingsEntity).findOneBy({ agencyId })) ?? DEFAULTS,
    ]);
  }

  /** The first change writes the agency's row (from version 0), later ones update it; a stale version is a CONFLICT. */
  @Transactional()
  async update(input: UpdateClientSettingsInput): Promise<ClientSettings> {
    const before = await this.current();
    const next = {
      caseManagersOpenAnyClient: input.caseManagersOpenAnyClient ?? before.caseManagersOpenAnyClient,
      lateEntryDays: input.lateEntryDays ?? before.lateEntryDays,
    };
    const { changes } = changedFields(before, next, FIELDS);
    const agencyId = this.context.agencyId;
    const settings = this.txHost.tx.getRepository(ClientSettingsEntity).createQueryBuilder();
    const { raw } =
      input.version === 0
        ? await settings.insert().values({ agencyId, ...next }).orIgnore().returning('version').execute()
        : await settings.update().set(next).where('agency_id = :agencyId AND version = :version', { agencyId, version: input.version }).returning('version').execute();
    const version: number | undefined = raw[0]?.version;
    if (version === undefined) throw new ConflictError();
    this.loader().clear(agencyId);
    await this.audit.record({ action: AuditAction.UPDATE, entityType: 'ClientSettings', entityId: agencyId, changes });
    return { ...next, version };
  }
}
