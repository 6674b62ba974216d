import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { AuditTrail } from '@waymark/api/audit';
import { RequestContext } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction, RiskLevel } from '@waymark/shared/types';
import { ClientAccess } from '../access/client-access.service';
import { createdChanges, textByLength, writeChanges } from '../shared/field-changes';
import { CLIENT_FIELDS, CLIENT_FREE_TEXT, fieldsOf } from './client-fields';
import { ClientIdentifierService } from './client-identifier.service';
import { ClientNumbers } from './client-number.service';
import { ClientStatusService } from './client-status.service';
import { ClientEntity } from './client.entity';
import { ClientModel } from './client.model';
import type { CreateClientInput } from './dto/create-client.input';
import type { UpdateClientInput } from './dto/update-client.input';

/** Taking a client in, opening their record, and changing their details. */
@Injectable()
export class ClientService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly access: ClientAccess,
    private readonly numbers: ClientNumbers,
    private readonly statuses: ClientStatusService,
    private readonly identifiers: ClientIdentifierService,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
  ) {}

  private get clients() {
    return this.tenant.repository(ClientEntity);
  }

  /** The record, read on purpose: audited, with the reason a case manager gave to open it. A merged alias comes back with mergedIntoId. */
  async get(id: string, accessReason?: string | null): Promise<ClientModel> {
    const client = await this.access.require(id, 'read', { accessReason });
    this.audit.recordRead({
      action: AuditAction.READ,
      entityType: 'Client',
      entityId: id,
      clientId: id,
      ...(accessReason ? { reason: accessReason } : {}),
      ...this.access.emergencyReadAudit(id),
    });
    return ClientModel.from(client);
  }

  @Transactional()
  async create(input: CreateClientInput): Promise<ClientModel> {
    const client = await this.clients.save(
      this.clients.create({
        preferredName: null,
        dateOfBirth: null,
        pronouns: null,
        gender: null,
        primaryLanguage: null,
        interpreterNeeded: false,
        phone: null,
        email: null,
        addressLine1: null,
        addressLine2: null,
        city: null,
        region: null,
        postalCode: null,
        latitude: null,
        longitude: null,
        riskLevel: RiskLevel.LOW,
        flags: [],
        referralSource: null,
        referralReason: null,
        presentingNeeds: null,
        mergedIntoId: null,
        ...fieldsOf(input),
        status: input.status,
        legalFirstName: input.legalFirstName,
        legalLastName: input.legalLastName,
        clientNumber: await this.numbers.next(),
        createdBy: this.context.requirePrincipal().id,
      }),
    );
    await this.statuses.record(client, null, null);
    await this.identifiers.addAll(client, input.identifiers ?? []);
    await this.audit.record({
      action: AuditAction.CREATE,
      entityType: 'Client',
      entityId: client.id,
      clientId: client.id,
      changes: { clientNumber: { to: client.clientNumber }, ...textByLength(createdChanges(client, CLIENT_FIELDS), CLIENT_FREE_TEXT) },
    });
    return ClientModel.from(client);
  }

  /** Writes only what changed and audits exactly those fields; a stale version is a CONFLICT even when nothing would change. */
  @Transactional()
  async update(input: UpdateClientInput): Promise<ClientModel> {
    const before = await this.access.require(input.clientId, 'write');
    const { row: client, changes } = await writeChanges(this.clients, before, input.version, fieldsOf(input), CLIENT_FIELDS, 'Client');
    if (Object.keys(changes).length) {
      await this.audit.record({ action: AuditAction.UPDATE, entityType: 'Client', entityId: client.id, clientId: client.id, changes: textByLength(changes, CLIENT_FREE_TEXT) });
    }
    return ClientModel.from(client);
  }
}
