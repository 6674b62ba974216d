import { Injectable } from '@nestjs/common';
import { requestLoader } from '@waymark/api/common';
import { ClsService } from 'nestjs-cls';
import { ClientGate } from './client-gate';

/** Who a record names as its client, as other contexts show it (a task's client, a plan's). */
export interface ClientName {
  id: string;
  displayName: string;
  clientNumber: string;
}

const LOADER = Symbol('client.names');

/**
 * The names of the clients a page of other contexts' records is about, in one query per
 * request. Null for a client the caller may not open (one handed over to another caseload),
 * so a list never names someone the caller may no longer see.
 */
@Injectable()
export class ClientNames {
  constructor(
    private readonly gate: ClientGate,
    private readonly cls: ClsService,
  ) {}

  load(id: string | null): Promise<ClientName | null> {
    if (!id) return Promise.resolve(null);
    return requestLoader<string, ClientName | null>(this.cls, LOADER, async (ids) => {
      const open = await this.gate.mayOpen(ids);
      const found = new Map((await this.gate.facts(ids.filter((_, i) => open[i]))).map((client) => [client.id, client]));
      return ids.map((key) => {
        const client = found.get(key);
        return client ? { id: client.id, displayName: client.displayName, clientNumber: client.clientNumber } : null;
      });
    }).load(id);
  }
}
