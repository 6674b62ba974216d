import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { groupedBy, requestLoader } from '@waymark/api/common';
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
    return requestLoader<string, ClientIdentifierModel[]>(this.cls, LOADER, async (clientIds) => {
      const rows = await this.identifiers.forClients(clientIds);
      return groupedBy(clientIds, rows, (row) => row.clientId).map((group) => group.map(ClientIdentifierModel.from));
    }).load(clientId);
  }
}
