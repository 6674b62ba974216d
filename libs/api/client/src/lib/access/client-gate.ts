import { Injectable } from '@nestjs/common';
import { TenantScope } from '@waymark/api/database';
import { In, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { ClientEntity } from '../person/client.entity';
import type { ClientDetailsFact, ClientFact } from '../shared/client-facts';
import { ClientAccess, type ClientAccessNeed, type ClientAccessOptions } from './client-access.service';

/**
 * The client context's access rules, for the contexts above it: the same decisions as every
 * client screen (caseloads, intake, auditors read-only, reasons, merged aliases), answered
 * with plain facts.
 */
@Injectable()
export class ClientGate {
  constructor(
    private readonly access: ClientAccess,
    private readonly tenant: TenantScope,
  ) {}

  async require(clientId: string, need: ClientAccessNeed, options: ClientAccessOptions = {}): Promise<ClientFact> {
    return this.toFact(await this.access.require(clientId, need, options));
  }

  /**
   * The agency's clients among `ids`, in one query, without an access check: for naming the
   * client on records the caller was already allowed to see (a task on their worklist).
   */
  async facts(ids: readonly string[]): Promise<ClientFact[]> {
    if (!ids.length) return [];
    return (await this.tenant.repository(ClientEntity).find({ where: { id: In([...ids]) } })).map((client) => this.toFact(client));
  }

  /**
   * Identity and contact details of the agency's clients among `ids`, in one query, without
   * an access check: for a referral, which shares them only as the client's consent allows.
   */
  async details(ids: readonly string[]): Promise<ClientDetailsFact[]> {
    if (!ids.length) return [];
    return (await this.tenant.repository(ClientEntity).find({ where: { id: In([...ids]) } })).map((client) => ({
      id: client.id,
      dateOfBirth: client.dateOfBirth,
      primaryLanguage: client.primaryLanguage,
      phone: client.phone,
      email: client.email,
      address: [client.addressLine1, client.addressLine2, client.city, [client.region, client.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ') || null,
    }));
  }

  /** The clients on the worker's caseload (open enrollments they hold or serve on the team of). */
  async caseloadIds(workerId: string): Promise<string[]> {
    const query = this.tenant.repository(ClientEntity).createQueryBuilder('c').select('c.id', 'id');
    this.access.restrictToCaseload(query, 'c', workerId);
    return (await query.getRawMany<{ id: string }>()).map((row) => row.id);
  }

  private toFact(client: ClientEntity): ClientFact {
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

  /**
   * Limits a query of records that may be about a client (its id in `clientIdColumn`) to those
   * about no client or a client the caller may open: a worker who handed a client over stops
   * seeing that client's records in lists.
   */
  restrictToOpenable<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, clientIdColumn: string): Promise<SelectQueryBuilder<T>> {
    return this.access.restrictToOpenable(query, clientIdColumn);
  }

  /** For each id, whether the caller may change that client's record. */
  mayChange(clientIds: readonly string[]): Promise<boolean[]> {
    return this.access.mayChange(clientIds);
  }
}
