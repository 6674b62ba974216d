import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditTrail } from '@waymark/api/audit';
import { BadInputError, NotFoundError } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction, TimelineKind } from '@waymark/shared/types';
import { lockFunds } from '../funds/fund-ledger';
import { timelineLine } from '../timeline/timeline-lines';
import { TimelineService } from '../timeline/timeline.service';
import { ClientEntity } from './client.entity';
import { ClientModel } from './client.model';
import type { MergeClientsInput } from './dto/merge-clients.input';

/** Every table whose rows belong to one client, and so move with a merge. */
const CLIENT_OWNED_TABLES = [
  'client_status_change',
  'client_contact',
  'consent',
  'eligibility_screen',
  'enrollment',
  'case_note',
  'incident',
  'document',
  'client_timeline_entry',
  'client_access_grant',
  'fund_request',
  'fund_entry',
] as const;

/**
 * Folds a duplicate record into the one that lives on, in one transaction: everything the
 * duplicate owns moves to the target, and the duplicate stays as an alias (merged_into_id)
 * so links to it still lead somewhere.
 */
@Injectable()
export class ClientMergeService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly timeline: TimelineService,
    private readonly audit: AuditTrail,
  ) {}

  private get clients() {
    return this.tenant.repository(ClientEntity);
  }

  @Transactional()
  async merge({ sourceClientId, sourceVersion, targetClientId, targetVersion, reason }: MergeClientsInput): Promise<ClientModel> {
    if (sourceClientId === targetClientId) {
      throw new BadInputError('A record cannot be merged into itself.', [{ field: 'targetClientId', message: 'same as the source' }]);
    }
    const source = await this.mustFind(sourceClientId);
    const target = await this.mustFind(targetClientId);
    if (source.mergedIntoId) throw new BadInputError('This record was already merged into another.', [{ field: 'sourceClientId', message: 'already merged' }]);
    if (target.mergedIntoId) throw new BadInputError('Merge into the record this one was merged into.', [{ field: 'targetClientId', message: 'merged record' }]);

    // Both rows, in id order so two merges of the same pair cannot deadlock; a stale version is a CONFLICT.
    const updates = [
      { id: source.id, version: sourceVersion, patch: { mergedIntoId: target.id } },
      { id: target.id, version: targetVersion, patch: {} },
    ].sort((a, b) => a.id.localeCompare(b.id));
    for (const { id, version, patch } of updates) await this.clients.updateVersioned(id, version, patch, 'Client');
    await this.refuseClashingEnrollments(source, target);
    // No payment or approval of either fund runs while the ledger lines and requests move.
    await lockFunds(this.txHost.tx, this.clients.agencyId, [source.id, target.id]);
    await this.repoint(source.id, target.id);

    await this.timeline.add({
      clientId: target.id,
      occurredAt: new Date(),
      kind: TimelineKind.MERGE,
      sourceType: 'Client',
      sourceId: source.id,
      summary: timelineLine.merged(source.clientNumber),
    });
    await this.audit.record(
      { action: AuditAction.UPDATE, entityType: 'Client', entityId: target.id, clientId: target.id, reason, changes: { mergedFrom: { to: source.id } } },
      { action: AuditAction.UPDATE, entityType: 'Client', entityId: source.id, clientId: source.id, reason, changes: { mergedIntoId: { from: null, to: target.id } } },
    );
    return ClientModel.from(await this.mustFind(target.id));
  }

  /** Two open enrollments in one program would break "one open enrollment per client and program": a person closes one first. */
  private async refuseClashingEnrollments(source: ClientEntity, target: ClientEntity): Promise<void> {
    const clashes: { name: string }[] = await this.txHost.tx.query(
      `SELECT p.name FROM enrollment s
       JOIN enrollment t ON t.agency_id = s.agency_id AND t.program_id = s.program_id AND t.client_id = $3 AND t.closed_on IS NULL
       JOIN program p ON p.agency_id = s.agency_id AND p.id = s.program_id
       WHERE s.agency_id = $1 AND s.client_id = $2 AND s.closed_on IS NULL`,
      [this.clients.agencyId, source.id, target.id],
    );
    if (clashes.length) {
      throw new BadInputError(`Both records are enrolled in ${clashes.map((c) => c.name).join(', ')}. Close one of the enrollments, then merge.`, [
        { field: 'sourceClientId', message: 'open enrollment in the same program' },
      ]);
    }
  }

  private async repoint(sourceId: string, targetId: string): Promise<void> {
    const params = [this.clients.agencyId, sourceId, targetId];
    for (const table of CLIENT_OWNED_TABLES) {
      await this.txHost.tx.query(`UPDATE ${table} SET client_id = $3 WHERE agency_id = $1 AND client_id = $2`, params);
    }
    // An identifier of a kind the target already has stays with the alias, where it can still be revealed.
    await this.txHost.tx.query(
      `UPDATE client_identifier SET client_id = $3 WHERE agency_id = $1 AND client_id = $2
         AND kind NOT IN (SELECT kind FROM client_identifier WHERE agency_id = $1 AND client_id = $3)`,
      params,
    );
    // A document attached to the client itself names the client as its owner too.
    await this.txHost.tx.query(`UPDATE document SET owner_id = $3 WHERE agency_id = $1 AND owner_type = 'CLIENT' AND owner_id = $2`, params);
    // Aliases of the source now lead straight to the target.
    await this.txHost.tx.query(`UPDATE client SET merged_into_id = $3 WHERE agency_id = $1 AND merged_into_id = $2`, params);
  }

  private async mustFind(id: string): Promise<ClientEntity> {
    const client = await this.clients.findOneBy({ id });
    if (!client) throw new NotFoundError('Client');
    return client;
  }
}
