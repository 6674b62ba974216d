import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditTrail } from '@waymark/api/audit';
import { BadInputError, ConflictError, NotFoundError } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction, IDENTIFIER_SHOW_LAST4_MIN_LENGTH, type IdentifierKind } from '@waymark/shared/types';
import { In } from 'typeorm';
import { ClientAccess } from '../access/client-access.service';
import { ClientIdentifierEntity } from './client-identifier.entity';
import { ClientModel } from './client.model';
import type { ClientEntity } from './client.entity';
import type { IdentifierInput } from './dto/identifier.input';
import type { RemoveClientIdentifierInput } from './dto/remove-client-identifier.input';
import type { RevealClientIdentifierInput } from './dto/reveal-client-identifier.input';
import type { SetClientIdentifierInput } from './dto/set-client-identifier.input';
import { IdentifierCipher } from './identifier-cipher';

const ENTITY = 'ClientIdentifier';

/**
 * A client's identifiers: sealed before they reach the database, shown masked, revealed
 * only on purpose with a reason, which the audit trail keeps. Values never enter the trail.
 */
@Injectable()
export class ClientIdentifierService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly cipher: IdentifierCipher,
    private readonly access: ClientAccess,
    private readonly audit: AuditTrail,
  ) {}

  private get identifiers() {
    return this.tenant.repository(ClientIdentifierEntity);
  }

  /** The identifiers of several clients, in one query. */
  forClients(clientIds: readonly string[]): Promise<ClientIdentifierEntity[]> {
    return this.identifiers.find({ where: { clientId: In([...clientIds]) }, order: { kind: 'ASC' } });
  }

  /** A new client's identifiers, inside the intake's transaction. */
  async addAll(client: ClientEntity, inputs: readonly IdentifierInput[]): Promise<void> {
    if (new Set(inputs.map((input) => input.kind)).size !== inputs.length) {
      throw new BadInputError('Give each kind of identifier once.', [{ field: 'identifiers', message: 'repeats a kind' }]);
    }
    for (const { kind, value } of inputs) await this.insert(client.id, kind, value);
  }

  @Transactional()
  async set({ clientId, kind, value, version }: SetClientIdentifierInput): Promise<ClientModel> {
    const client = await this.access.require(clientId, 'write');
    const existing = await this.identifiers.findOneBy({ clientId, kind });
    if (!existing) {
      // One added meanwhile by someone else is a replacement this caller did not see.
      if (version != null) throw new ConflictError();
      await this.insert(clientId, kind, value);
      return ClientModel.from(client);
    }
    if (version == null) {
      throw new BadInputError('The client already has this identifier; send its version to replace it.', [{ field: 'version', message: 'required to replace' }]);
    }
    const updated = await this.identifiers.updateVersioned(existing.id, version, this.seal(existing.id, value), 'Identifier');
    await this.audit.record({ action: AuditAction.UPDATE, entityType: ENTITY, entityId: updated.id, clientId, changes: { identifier: { from: 'sealed', to: 'sealed' } } });
    return ClientModel.from(client);
  }

  @Transactional()
  async remove({ identifierId, version }: RemoveClientIdentifierInput): Promise<ClientModel> {
    const identifier = await this.mustFind(identifierId);
    const client = await this.access.require(identifier.clientId, 'write', { field: 'identifierId' });
    const [, affected] = await this.txHost.tx.query(`DELETE FROM client_identifier WHERE id = $1 AND agency_id = $2 AND version = $3`, [
      identifierId,
      this.identifiers.agencyId,
      version,
    ]);
    if (!affected) throw new ConflictError();
    await this.audit.record({ action: AuditAction.DELETE, entityType: ENTITY, entityId: identifierId, clientId: client.id, changes: { kind: { from: identifier.kind } } });
    return ClientModel.from(client);
  }

  /** The full value, for those who may change the client (even a merged alias), with the reason recorded as a read. */
  @Transactional()
  async reveal({ identifierId, reason }: RevealClientIdentifierInput): Promise<{ value: string }> {
    const identifier = await this.mustFind(identifierId);
    await this.access.require(identifier.clientId, 'reveal');
    const value = this.cipher.decrypt(identifier.valueEncrypted, this.context(identifier.id));
    await this.audit.record({ action: AuditAction.READ, entityType: ENTITY, entityId: identifierId, clientId: identifier.clientId, reason });
    return { value };
  }

  private async insert(clientId: string, kind: IdentifierKind, value: string): Promise<void> {
    const id = randomUUID();
    await this.identifiers.save(this.identifiers.create({ id, clientId, kind, ...this.seal(id, value) }));
    await this.audit.record({ action: AuditAction.CREATE, entityType: ENTITY, entityId: id, clientId, changes: { kind: { to: kind }, identifier: { to: 'sealed' } } });
  }

  private seal(id: string, value: string): Pick<ClientIdentifierEntity, 'valueEncrypted' | 'last4'> {
    return {
      valueEncrypted: this.cipher.encrypt(value, this.context(id)),
      last4: value.length >= IDENTIFIER_SHOW_LAST4_MIN_LENGTH ? value.slice(-4) : '',
    };
  }

  /** Binds a sealed value to its row and agency. */
  private context(id: string): string {
    return `${this.identifiers.agencyId}/${id}`;
  }

  private async mustFind(id: string): Promise<ClientIdentifierEntity> {
    const identifier = await this.identifiers.findOneBy({ id });
    if (!identifier) throw new NotFoundError('Identifier');
    return identifier;
  }
}
