import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { RequestContext } from '@waymark/api/common';
import { ClientSettingsEntity } from './client-settings.entity';

export interface ClientSettings {
  caseManagersOpenAnyClient: boolean;
  lateEntryDays: number;
  version: number;
}

const DEFAULTS: ClientSettings = { caseManagersOpenAnyClient: false, lateEntryDays: 3, version: 0 };

/** The agency's client-record rules; the defaults hold until an admin changes one. */
@Injectable()
export class ClientSettingsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
  ) {}

  async current(): Promise<ClientSettings> {
    const row = await this.txHost.tx.getRepository(ClientSettingsEntity).findOneBy({ agencyId: this.context.agencyId });
    return row ?? DEFAULTS;
  }
}
