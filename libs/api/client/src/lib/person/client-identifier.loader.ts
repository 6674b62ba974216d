import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { ClsService } from 'nestjs-cls';
import { ClientIdentifierModel } from './client-identifier.model';
import { ClientIdentifierService } from './client-identifier.service';

const LOADER = Symbol('client.identifierLoader');

/** The masked identifiers of the clients a response shows, in one query per request. */
@Injectable()
export class ClientIdentifierLoader {
  constructor(
    private readonly identifiers: ClientIdentifierService,
    private readonly cls: ClsService,
  ) {}

  load(clientId: string): Promise<ClientIdentifierModel[]> {
    let loader: DataLoader<string, ClientIdentifierModel[]> | undefined = this.cls.get(LOADER);
    if (!loader) {
      loader = new DataLoader(async (clientIds) => {
        const rows = await this.identifiers.forClients(clientIds);
        return clientIds.map((id) => rows.filter((row) => row.clientId === id).map(ClientIdentifierModel.from));
      });
      this.cls.set(LOADER, loader);
    }
    return loader.load(clientId);
  }
}
