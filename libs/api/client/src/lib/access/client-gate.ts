import { Injectable } from '@nestjs/common';
import type { ClientFact } from '../shared/client-facts';
import { ClientAccess, type ClientAccessNeed, type ClientAccessOptions } from './client-access.service';

/**
 * The client context's access rules, for the contexts above it: the same decisions as every
 * client screen (caseloads, intake, auditors read-only, reasons, merged aliases), answered
 * with plain facts.
 */
@Injectable()
export class ClientGate {
  constructor(private readonly access: ClientAccess) {}

  async require(clientId: string, need: ClientAccessNeed, options: ClientAccessOptions = {}): Promise<ClientFact> {
    const client = await this.access.require(clientId, need, options);
    return {
      id: client.id,
      clientNumber: client.clientNumber,
      status: client.status,
      displayName: `${client.preferredName ?? client.legalFirstName} ${client.legalLastName}`,
      mergedIntoId: client.mergedIntoId,
    };
  }

  /** For each id, whether the caller may open that client (a list shows only those). */
  mayOpen(clientIds: readonly string[]): Promise<boolean[]> {
    return this.access.mayOpen(clientIds);
  }

  /** For each id, whether the caller may change that client's record. */
  mayChange(clientIds: readonly string[]): Promise<boolean[]> {
    return this.access.mayChange(clientIds);
  }
}
