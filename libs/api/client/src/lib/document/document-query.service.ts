import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@waymark/api/audit';
import { Clock, NotFoundError, RequestContext } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction, DocumentOwnerType, FUND_READER_ROLES } from '@waymark/shared/types';
import { IsNull } from 'typeorm';
import { ClientAccess } from '../access/client-access.service';
import { newestFirst } from '../shared/newest-first';
import { DOCUMENT_SOURCE_TYPE } from './document-upload.service';
import { DocumentStore } from './document-store';
import { DocumentEntity } from './document.entity';
import { DocumentConnection, DocumentModel } from './document.model';
import type { ClientDocumentsArgs } from './dto/client-documents.args';

/** A document's content as it is served. */
export interface DocumentContent {
  document: DocumentEntity;
  content: Buffer;
}

/**
 * Reading documents: each is read as part of its client's record (ClientAccess), and every
 * document listed, shown or downloaded is an audited read. Removed documents are gone for readers,
 * and a fund request's receipts for those who do not read funds.
 */
@Injectable()
export class DocumentQueryService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly access: ClientAccess,
    private readonly store: DocumentStore,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    private readonly context: RequestContext,
  ) {}

  /** A fund request's receipts are part of the client's fund, which not every role reads. */
  private get readsFunds(): boolean {
    return FUND_READER_ROLES.includes(this.context.requirePrincipal().role);
  }

  private get documents() {
    return this.tenant.repository(DocumentEntity);
  }

  /** A client's documents, the latest uploaded first, optionally of one record or one type. */
  async forClient({ clientId, first, after, ownerType, ownerId, documentType }: ClientDocumentsArgs): Promise<DocumentConnection> {
    await this.access.require(clientId, 'read');
    const query = this.documents.createQueryBuilder('d').andWhere('d.client_id = :clientId', { clientId }).andWhere('d.removed_at IS NULL');
    if (ownerType) query.andWhere('d.owner_type = :ownerType', { ownerType });
    if (ownerId) query.andWhere('d.owner_id = :ownerId', { ownerId });
    if (documentType) query.andWhere('d.document_type = :documentType', { documentType });
    if (!this.readsFunds) query.andWhere('d.owner_type <> :fundOwner', { fundOwner: DocumentOwnerType.FUND_REQUEST });
    const today = this.clock.today();
    const { rows, ...connection } = await newestFirst.countedPage(query, 'd.uploaded_at', 'd.id', { first, after }, (row) => DocumentModel.from(row, today));
    this.recordReads(rows);
    return connection;
  }

  async one(id: string): Promise<DocumentModel> {
    const document = await this.readable(id);
    this.recordReads([document]);
    return DocumentModel.from(document, this.clock.today());
  }

  /**
   * The bytes of a document, for a download. Its read is written before the bytes leave
   * (not buffered like a list's): a failed audit means no download.
   */
  async content(id: string): Promise<DocumentContent> {
    const document = await this.readable(id);
    const content = await this.store.get(document.storageKey);
    if (!content) throw new NotFoundError('Document content');
    await this.audit.record({
      action: AuditAction.READ,
      entityType: DOCUMENT_SOURCE_TYPE,
      entityId: document.id,
      clientId: document.clientId,
      changes: { content: { to: document.sha256 } },
    });
    return { document, content };
  }

  /** A live document of a client the caller may read; another agency's is NOT_FOUND. */
  private async readable(id: string): Promise<DocumentEntity> {
    const document = await this.documents.findOneBy({ id, removedAt: IsNull() });
    if (!document || (document.ownerType === DocumentOwnerType.FUND_REQUEST && !this.readsFunds)) throw new NotFoundError('Document');
    await this.access.require(document.clientId, 'read');
    return document;
  }

  private recordReads(documents: DocumentEntity[]): void {
    if (!documents.length) return;
    this.audit.recordRead(
      ...documents.map((document) => ({ action: AuditAction.READ, entityType: DOCUMENT_SOURCE_TYPE, entityId: document.id, clientId: document.clientId })),
    );
  }
}

