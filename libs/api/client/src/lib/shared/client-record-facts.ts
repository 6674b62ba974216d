import { Injectable } from '@nestjs/common';
import type { FieldChanges } from '@waymark/api/audit';
import { TenantScope } from '@waymark/api/database';
import type { ClientStatus, ConsentCategory, ConsentRecipientKind, ContactKind, SignatureMethod } from '@waymark/shared/types';
import { ClientAccess } from '../access/client-access.service';
import { ConsentEntity } from '../consent/consent.entity';
import { ClientContactEntity } from '../network/client-contact.entity';

/** The client's own record as a standard export (a FHIR Patient) shows it: no identifiers, flags or intake notes. */
export interface PersonFact {
  id: string;
  clientNumber: string;
  status: ClientStatus;
  legalFirstName: string;
  legalLastName: string;
  preferredName: string | null;
  dateOfBirth: string | null;
  gender: string | null;
  primaryLanguage: string | null;
  phone: string | null;
  email: string | null;
  addressLine1: string | null;
  addressLine2: string | null;
  city: string | null;
  region: string | null;
  postalCode: string | null;
  mergedIntoId: string | null;
  updatedAt: Date;
  version: number;
}

/** A person of the client's support network with how to reach them. */
export interface ContactDetailFact {
  id: string;
  clientId: string;
  kind: ContactKind;
  relationship: string;
  name: string;
  organization: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  emergencyContact: boolean;
  legalDecisionMaker: boolean;
  archived: boolean;
  updatedAt: Date;
  version: number;
}

/** A release of information as signed, with whether and when it was revoked. */
export interface ConsentFact {
  id: string;
  clientId: string;
  categories: ConsentCategory[];
  recipientKind: ConsentRecipientKind;
  recipientContactId: string | null;
  recipientAgencyId: string | null;
  recipientName: string;
  purpose: string;
  effectiveFrom: string;
  effectiveUntil: string | null;
  signatureMethod: SignatureMethod;
  signedOn: string;
  revokedAt: Date | null;
  updatedAt: Date;
  version: number;
}

/**
 * A client's record, network and consents as plain facts, for the integration views above
 * (FHIR): each list in one query. `open` applies the client access rules; the lists do not,
 * so the caller opens the client first. The caller audits what it serves.
 */
@Injectable()
export class ClientRecordFacts {
  constructor(
    private readonly access: ClientAccess,
    private readonly tenant: TenantScope,
  ) {}

  /** The client once the caller may read them; an unknown or another agency's id is NOT_FOUND. */
  async open(clientId: string): Promise<PersonFact> {
    const client = await this.access.require(clientId, 'read');
    return {
      id: client.id,
      clientNumber: client.clientNumber,
      status: client.status,
      legalFirstName: client.legalFirstName,
      legalLastName: client.legalLastName,
      preferredName: client.preferredName,
      dateOfBirth: client.dateOfBirth,
      gender: client.gender,
      primaryLanguage: client.primaryLanguage,
      phone: client.phone,
      email: client.email,
      addressLine1: client.addressLine1,
      addressLine2: client.addressLine2,
      city: client.city,
      region: client.region,
      postalCode: client.postalCode,
      mergedIntoId: client.mergedIntoId,
      updatedAt: client.updatedAt,
      version: client.version,
    };
  }

  /** What the read of a client opened in an emergency (break-the-glass) adds to its audit record: the grant and its reason. */
  emergencyReadAudit(clientId: string): { changes?: FieldChanges; reason?: string } {
    return this.access.emergencyReadAudit(clientId);
  }

  /** Every contact of the client, archived ones too, in the order they were added. */
  async contacts(clientId: string): Promise<ContactDetailFact[]> {
    return (await this.tenant.repository(ClientContactEntity).find({ where: { clientId }, order: { createdAt: 'ASC', id: 'ASC' } })).map(toContact);
  }

  /** The agency's contact of this id (a uuid), or null. */
  async contact(id: string): Promise<ContactDetailFact | null> {
    const row = await this.tenant.repository(ClientContactEntity).findOneBy({ id });
    return row && toContact(row);
  }

  /** Every consent of the client, revoked ones too, newest first. */
  async consents(clientId: string): Promise<ConsentFact[]> {
    return (await this.tenant.repository(ConsentEntity).find({ where: { clientId }, order: { effectiveFrom: 'DESC', createdAt: 'DESC' } })).map(toConsent);
  }

  /** The agency's consent of this id (a uuid), or null. */
  async consent(id: string): Promise<ConsentFact | null> {
    const row = await this.tenant.repository(ConsentEntity).findOneBy({ id });
    return row && toConsent(row);
  }
}

function toContact(row: ClientContactEntity): ContactDetailFact {
  return {
      id: row.id,
      clientId: row.clientId,
      kind: row.kind,
      relationship: row.relationship,
      name: row.name,
      organization: row.organization,
      phone: row.phone,
      email: row.email,
      address: row.address,
      emergencyContact: row.emergencyContact,
      legalDecisionMaker: row.legalDecisionMaker,
      archived: row.archivedAt !== null,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

function toConsent(row: ConsentEntity): ConsentFact {
  return {
    id: row.id,
    clientId: row.clientId,
    categories: row.categories,
    recipientKind: row.recipientKind,
    recipientContactId: row.recipientContactId,
    recipientAgencyId: row.recipientAgencyId,
    recipientName: row.recipientName,
    purpose: row.purpose,
    effectiveFrom: row.effectiveFrom,
    effectiveUntil: row.effectiveUntil,
    signatureMethod: row.signatureMethod,
    signedOn: row.signedOn,
    revokedAt: row.revokedAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}
