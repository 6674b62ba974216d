import { TenantEntity } from '@waymark/api/database';
import type { DocumentContentType, DocumentOwnerType, DocumentType } from '@waymark/shared/types';
import { Column, Entity } from 'typeorm';

/** A file attached to a client or one of the client's records; its bytes live in the DocumentStore under `storageKey`. */
@Entity('document')
export class DocumentEntity extends TenantEntity {
  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Column({ name: 'owner_type', type: 'text' })
  ownerType: DocumentOwnerType;

  /** The record it is attached to; the client's own id for CLIENT. */
  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @Column({ name: 'document_type', type: 'text' })
  documentType: DocumentType;

  @Column({ type: 'text' })
  title: string;

  /** A calendar date, 'YYYY-MM-DD': when the document was signed or issued. */
  @Column({ name: 'document_date', type: 'date' })
  documentDate: string;

  /** A calendar date, 'YYYY-MM-DD': the last day the document is good for. */
  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn: string | null;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  /** As recognised from the content, never as declared. */
  @Column({ name: 'content_type', type: 'text' })
  contentType: DocumentContentType;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes: number;

  /** Hex SHA-256 of the content, so a copy can be checked against the original. */
  @Column({ type: 'text' })
  sha256: string;

  @Column({ name: 'storage_key', type: 'text' })
  storageKey: string;

  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedBy: string;

  @Column({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt: Date;

  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true })
  removedAt: Date | null;

  @Column({ name: 'removed_by', type: 'uuid', nullable: true })
  removedBy: string | null;

  @Column({ name: 'removal_reason', type: 'text', nullable: true })
  removalReason: string | null;
}
