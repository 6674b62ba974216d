import { Injectable, Logger } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { AuditTrail, textByLength, writeChanges } from '@waymark/api/audit';
import { BadInputError, Clock, NotFoundError, RequestContext } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction, DocumentOwnerType, ErrorReason, FundRequestStatus, TimelineKind } from '@waymark/shared/types';
import { IsNull } from 'typeorm';
import { ClientAccess } from '../access/client-access.service';
import { FundReceiptEntity } from '../funds/fund-receipt.entity';
import { FundRequestEntity } from '../funds/fund-request.entity';
import { TimelineService } from '../timeline/timeline.service';
import { DocumentStore } from './document-store';
import { DOCUMENT_SOURCE_TYPE } from './document-upload.service';
import { documentTimelineLine } from './document-words';
import { DocumentEntity } from './document.entity';
import { DocumentModel } from './document.model';
import type { RemoveDocumentInput } from './dto/remove-document.input';
import type { UpdateDocumentInput } from './dto/update-document.input';
import { checkExpiry } from './expiry-check';

const FIELDS = ['documentType', 'title', 'documentDate', 'expiresOn'] as const satisfies readonly (keyof DocumentEntity)[];

/**
 * Changing what describes a document, and removing it. A removal keeps the row (who removed
 * it, when and why) and its audit trail, and deletes the bytes: a document uploaded to the
 * wrong client must not linger anywhere it can be read.
 */
@Injectable()
export class DocumentService {
  private readonly logger = new Logger(DocumentService.name);

  constructor(
    private readonly tenant: TenantScope,
    private readonly access: ClientAccess,
    private readonly store: DocumentStore,
    private readonly timeline: TimelineService,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
    private readonly clock: Clock,
  ) {}

  private get documents() {
    return this.tenant.repository(DocumentEntity);
  }

  @Transactional()
  async update({ documentId, version, ...patch }: UpdateDocumentInput): Promise<DocumentModel> {
    const before = await this.writable(documentId);
    checkExpiry(patch.documentDate ?? before.documentDate, patch.expiresOn === undefined ? before.expiresOn : patch.expiresOn);
    const { row: document, changes } = await writeChanges(this.documents, before, version, patch, FIELDS, 'Document');
    if (Object.keys(changes).length) {
      await this.timeline.update(DOCUMENT_SOURCE_TYPE, document.id, { summary: documentTimelineLine.uploaded(document.documentType, document.title) });
      await this.audit.record({
        action: AuditAction.UPDATE,
        entityType: DOCUMENT_SOURCE_TYPE,
        entityId: document.id,
        clientId: document.clientId,
        changes: textByLength(changes, ['title']),
      });
    }
    return DocumentModel.from(document, this.clock.today());
  }

  /**
   * The bytes go with the row's change in PostgreSQL; an outside store deletes them once the
   * removal is committed. The removal stands if that delete fails (nobody can read the bytes
   * through Waymark any more): the error names the key an operator must delete.
   */
  async remove(input: RemoveDocumentInput): Promise<DocumentModel> {
    const document = await this.markRemoved(input);
    if (!this.store.transactional) {
      await this.store.delete(document.storageKey).catch((error: unknown) => {
        this.logger.error({ err: error, requestId: this.context.requestId, storageKey: document.storageKey }, 'a removed document’s bytes could not be deleted from the store');
      });
    }
    return DocumentModel.from(document, this.clock.today());
  }

  @Transactional()
  private async markRemoved({ documentId, version, reason }: RemoveDocumentInput): Promise<DocumentEntity> {
    const before = await this.writable(documentId);
    await this.refuseReconciledReceipt(before);
    const removedAt = this.clock.now();
    const document = await this.documents.updateVersioned(
      documentId,
      version,
      { removedAt, removedBy: this.context.requirePrincipal().id, removalReason: reason },
      'Document',
    );
    await this.timeline.add({
      clientId: document.clientId,
      occurredAt: removedAt,
      kind: TimelineKind.DOCUMENT,
      sourceType: DOCUMENT_SOURCE_TYPE,
      sourceId: document.id,
      summary: documentTimelineLine.removed(document.documentType, document.title),
    });
    await this.audit.record({
      action: AuditAction.DELETE,
      entityType: DOCUMENT_SOURCE_TYPE,
      entityId: document.id,
      clientId: document.clientId,
      reason,
      changes: { removedAt: { from: null, to: removedAt.toISOString() }, sha256: { from: before.sha256 } },
    });
    if (this.store.transactional) await this.store.delete(document.storageKey);
    return document;
  }

  /** A live document of a client the caller may write to. */
  /** A receipt counted when its fund request was reconciled stays: removing it would change a settled account. */
  private async refuseReconciledReceipt(document: DocumentEntity): Promise<void> {
    if (document.ownerType !== DocumentOwnerType.FUND_REQUEST) return;
    const settled = await this.tenant
      .repository(FundReceiptEntity)
      .createQueryBuilder('r')
      .innerJoin(FundRequestEntity, 'q', 'q.id = r.request_id AND q.agency_id = r.agency_id')
      .andWhere('r.document_id = :documentId', { documentId: document.id })
      .andWhere('q.status = :status', { status: FundRequestStatus.RECONCILED })
      .getExists();
    if (settled) {
      throw new BadInputError('This receipt was counted when its fund request was reconciled, and stays with it.', [{ field: 'documentId', message: 'receipt of a reconciled request' }], ErrorReason.LOCKED_RECORD);
    }
  }

  private async writable(id: string): Promise<DocumentEntity> {
    const document = await this.documents.findOneBy({ id, removedAt: IsNull() });
    if (!document) throw new NotFoundError('Document');
    await this.access.require(document.clientId, 'write');
    return document;
  }
}
