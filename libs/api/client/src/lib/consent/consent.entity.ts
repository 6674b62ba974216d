import { TenantEntity } from '@waymark/api/database';
import type { ConsentCategory, ConsentRecipientKind, SignatureMethod } from '@waymark/shared/types';
import { Column, Entity } from 'typeorm';

/**
 * A release of information: which categories of the client's data, to whom, for what, from
 * when to when. A signed release is never edited; it is revoked and a new one recorded.
 */
@Entity('consent')
export class ConsentEntity extends TenantEntity {
  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Column({ type: 'text', array: true })
  categories: ConsentCategory[];

  @Column({ name: 'recipient_kind', type: 'text' })
  recipientKind: ConsentRecipientKind;

  /** A person of the client's support network (the same client's contact). */
  @Column({ name: 'recipient_contact_id', type: 'uuid', nullable: true })
  recipientContactId: string | null;

  /** Another agency on Waymark. */
  @Column({ name: 'recipient_agency_id', type: 'uuid', nullable: true })
  recipientAgencyId: string | null;

  /** As on the signed form; for a contact or an agency, their name when the consent was recorded. */
  @Column({ name: 'recipient_name' })
  recipientName: string;

  @Column()
  purpose: string;

  /** Calendar dates 'YYYY-MM-DD', both days inclusive; no end date means until revoked. */
  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom: string;

  @Column({ name: 'effective_until', type: 'date', nullable: true })
  effectiveUntil: string | null;

  @Column({ name: 'signature_method', type: 'text' })
  signatureMethod: SignatureMethod;

  @Column({ name: 'signed_on', type: 'date' })
  signedOn: string;

  /** Where the signed form is filed (a document id, a scan's name, a binder). */
  @Column({ name: 'document_reference', type: 'text', nullable: true })
  documentReference: string | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_reason', type: 'text', nullable: true })
  revokedReason: string | null;

  @Column({ name: 'revoked_by', type: 'uuid', nullable: true })
  revokedBy: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
