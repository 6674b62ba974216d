import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { AuditTrail } from '@waymark/api/audit';
import { BadInputError, NotFoundError } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction } from '@waymark/shared/types';
import { ClientAccess } from '../access/client-access.service';
import { createdChanges, writeChanges } from '../shared/field-changes';
import { ClientContactEntity } from './client-contact.entity';
import { ClientContactModel } from './client-contact.model';
import type { AddClientContactInput } from './dto/add-client-contact.input';
import type { ClientContactFields } from './dto/client-contact-fields.input';
import type { ClientContactVersionInput } from './dto/client-contact-version.input';
import type { UpdateClientContactInput } from './dto/update-client-contact.input';

const ENTITY = 'ClientContact';

const FIELDS = [
  'kind',
  'relationship',
  'name',
  'organization',
  'phone',
  'email',
  'address',
  'emergencyContact',
  'legalDecisionMaker',
  'mayShareInformation',
  'notes',
] as const satisfies readonly (keyof ClientContactFields & keyof ClientContactEntity)[];

type ContactValues = Pick<ClientContactEntity, (typeof FIELDS)[number]>;

/** The client's support network. Reads and changes are audited against the client. */
@Injectable()
export class ClientContactService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly access: ClientAccess,
    private readonly audit: AuditTrail,
  ) {}

  private get contacts() {
    return this.tenant.repository(ClientContactEntity);
  }

  /** Emergency contacts first, then by name; people no longer in the network last. */
  async list(clientId: string, includeArchived: boolean): Promise<ClientContactModel[]> {
    await this.access.require(clientId, 'read');
    const query = this.contacts.createQueryBuilder('cc').andWhere('cc.clientId = :clientId', { clientId });
    if (!includeArchived) query.andWhere('cc.archivedAt IS NULL');
    const rows = await query
      .orderBy('cc.archivedAt', 'ASC', 'NULLS FIRST')
      .addOrderBy('cc.emergencyContact', 'DESC')
      .addOrderBy('cc.name', 'ASC')
      .addOrderBy('cc.id', 'ASC')
      .getMany();
    this.audit.recordRead({ action: AuditAction.READ, entityType: ENTITY, clientId });
    return rows.map(ClientContactModel.from);
  }

  /** A current contact of this client, for a consent naming them; another client's is NOT_FOUND. */
  async requireOfClient(clientId: string, contactId: string): Promise<ClientContactEntity> {
    const contact = await this.contacts.findOneBy({ id: contactId, clientId });
    if (!contact) throw new NotFoundError('Contact');
    if (contact.archivedAt) {
      throw new BadInputError('This person is no longer in the support network.', [{ field: 'recipientContactId', message: 'is archived' }]);
    }
    return contact;
  }

  @Transactional()
  async add({ clientId, ...fields }: AddClientContactInput): Promise<ClientContactModel> {
    await this.access.require(clientId, 'write');
    const values: ContactValues = {
      kind: fields.kind,
      relationship: fields.relationship,
      name: fields.name,
      organization: fields.organization ?? null,
      phone: fields.phone ?? null,
      email: fields.email ?? null,
      address: fields.address ?? null,
      emergencyContact: fields.emergencyContact,
      legalDecisionMaker: fields.legalDecisionMaker,
      mayShareInformation: fields.mayShareInformation,
      notes: fields.notes ?? null,
    };
    assertReachable(values);
    const contact = await this.contacts.save(this.contacts.create({ clientId, ...values, archivedAt: null }));
    await this.audit.record({ action: AuditAction.CREATE, entityType: ENTITY, entityId: contact.id, clientId, changes: createdChanges(values, FIELDS) });
    return ClientContactModel.from(contact);
  }

  @Transactional()
  async update({ contactId, version, ...patch }: UpdateClientContactInput): Promise<ClientContactModel> {
    const before = await this.mustFind(contactId);
    await this.access.require(before.clientId, 'write');
    assertReachable({ emergencyContact: patch.emergencyContact ?? before.emergencyContact, phone: patch.phone === undefined ? before.phone : patch.phone });
    const { row: contact, changes } = await writeChanges(this.contacts, before, version, patch, FIELDS, 'Contact');
    if (Object.keys(changes).length) {
      await this.audit.record({ action: AuditAction.UPDATE, entityType: ENTITY, entityId: contactId, clientId: before.clientId, changes });
    }
    return ClientContactModel.from(contact);
  }

  /** The person is no longer part of the network; the row stays for the record and past consents. */
  @Transactional()
  async archive({ contactId, version }: ClientContactVersionInput): Promise<ClientContactModel> {
    const before = await this.mustFind(contactId);
    await this.access.require(before.clientId, 'write');
    if (before.archivedAt) throw new BadInputError('This contact is already archived.', [{ field: 'contactId', message: 'already archived' }]);
    const archivedAt = new Date();
    const contact = await this.contacts.updateVersioned(contactId, version, { archivedAt }, 'Contact');
    await this.audit.record({
      action: AuditAction.UPDATE,
      entityType: ENTITY,
      entityId: contactId,
      clientId: before.clientId,
      changes: { archivedAt: { from: null, to: archivedAt.toISOString() } },
    });
    return ClientContactModel.from(contact);
  }

  private async mustFind(id: string): Promise<ClientContactEntity> {
    const contact = await this.contacts.findOneBy({ id });
    if (!contact) throw new NotFoundError('Contact');
    return contact;
  }
}

/** Whoever is called in an emergency must be callable. */
function assertReachable(contact: Pick<ContactValues, 'emergencyContact' | 'phone'>): void {
  if (contact.emergencyContact && !contact.phone) {
    throw new BadInputError('An emergency contact needs a phone number.', [{ field: 'phone', message: 'needed for an emergency contact' }]);
  }
}
