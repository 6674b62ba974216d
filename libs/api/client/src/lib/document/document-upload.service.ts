import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { AuditTrail, textByLength } from '@waymark/api/audit';
import { AppConfig, BadInputError, Clock, NotFoundError, RequestContext } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction, type DocumentContentType, DocumentOwnerType, TimelineKind } from '@waymark/shared/types';
import { ClientAccess } from '../access/client-access.service';
import { TimelineService } from '../timeline/timeline.service';
import { checkContent } from './content-check';
import { DocumentOwners } from './document-owners';
import { DocumentStore } from './document-store';
import { documentTimelineLine, OWNER_WORDS } from './document-words';
import { DocumentEntity } from './document.entity';
import { DocumentModel } from './document.model';
import type { UploadDocumentFields } from './dto/upload-document.fields';
import { checkExpiry } from './expiry-check';

/** A file as it arrived in an upload. */
export interface ReceivedFile {
  content: Buffer;
  fileName: string;
  /** The type the sender declared; checked against the content, never trusted. */
  mimeType: string | undefined;
}

export const DOCUMENT_SOURCE_TYPE = 'Document';

/**
 * Takes a client's document in: the caller may write to the client, the record it is attached
 * to is that client's, and the content is an accepted kind within the size limit. Only then is
 * anything written — the row, its bytes, the timeline entry and the audit event, together.
 */
@Injectable()
export class DocumentUploadService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly access: ClientAccess,
    private readonly owners: DocumentOwners,
    private readonly store: DocumentStore,
    private readonly timeline: TimelineService,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  private get documents() {
    return this.tenant.repository(DocumentEntity);
  }

  async upload(fields: UploadDocumentFields, file: ReceivedFile): Promise<DocumentModel> {
    await this.access.require(fields.clientId, 'write');
    const ownerType = fields.ownerType ?? DocumentOwnerType.CLIENT;
    const ownerId = await this.requireOwner(fields.clientId, ownerType, fields.ownerId ?? null);
    checkExpiry(fields.documentDate, fields.expiresOn ?? null);
    const contentType = checkContent(file.content, file.mimeType, this.config.DOCUMENT_MAX_BYTES);
    // A key of its own that says nothing about the client, known before anything is written.
    const storageKey = randomUUID();
    try {
      return await this.write(fields, ownerType, ownerId, file, contentType, storageKey);
    } catch (error) {
      // A store outside the database keeps what it was given even when the transaction fails.
      if (!this.store.transactional) await this.store.delete(storageKey).catch(() => undefined);
      throw error;
    }
  }

  @Transactional()
  private async write(
    fields: UploadDocumentFields,
    ownerType: DocumentOwnerType,
    ownerId: string,
    file: ReceivedFile,
    contentType: DocumentContentType,
    storageKey: string,
  ): Promise<DocumentModel> {
    const uploadedAt = this.clock.now();
    const entity = this.documents.create({
      clientId: fields.clientId,
      ownerType,
      ownerId,
      documentType: fields.documentType,
      title: fields.title,
      documentDate: fields.documentDate,
      expiresOn: fields.expiresOn ?? null,
      fileName: file.fileName,
      contentType,
      sizeBytes: file.content.length,
      sha256: createHash('sha256').update(file.content).digest('hex'),
      storageKey,
      uploadedBy: this.context.requirePrincipal().id,
      uploadedAt,
      removedAt: null,
      removedBy: null,
      removalReason: null,
    });
    const document = await this.documents.save(entity);
    await this.store.put(storageKey, file.content, contentType);
    await this.timeline.add({
      clientId: document.clientId,
      occurredAt: uploadedAt,
      kind: TimelineKind.DOCUMENT,
      sourceType: DOCUMENT_SOURCE_TYPE,
      sourceId: document.id,
      summary: documentTimelineLine.uploaded(document.documentType, document.title),
    });
    await this.audit.record({
      action: AuditAction.CREATE,
      entityType: DOCUMENT_SOURCE_TYPE,
      entityId: document.id,
      clientId: document.clientId,
      changes: textByLength(
        {
          ownerType: { to: ownerType },
          ownerId: { to: ownerId },
          documentType: { to: document.documentType },
          title: { to: document.title },
          documentDate: { to: document.documentDate },
          expiresOn: { to: document.expiresOn },
          contentType: { to: contentType },
          sizeBytes: { to: document.sizeBytes },
          sha256: { to: document.sha256 },
        },
        ['title'],
      ),
    });
    return DocumentModel.from(document, this.clock.today());
  }

  /** The record the document is attached to, which must be this client's. */
  private async requireOwner(clientId: string, ownerType: DocumentOwnerType, ownerId: string | null): Promise<string> {
    if (ownerType === DocumentOwnerType.CLIENT) {
      if (ownerId && ownerId !== clientId) {
        throw new BadInputError('A document attached to the client itself needs no ownerId (or the client’s own id).', [{ field: 'ownerId', message: 'not this client' }]);
      }
      return clientId;
    }
    if (!ownerId) throw new BadInputError(`Name the ${OWNER_WORDS[ownerType].toLowerCase()} to attach the document to.`, [{ field: 'ownerId', message: 'required' }]);
    if (!this.owners.accepts(ownerType)) {
      throw new BadInputError(`Documents cannot be attached to a ${OWNER_WORDS[ownerType].toLowerCase()} here.`, [{ field: 'ownerType', message: 'not available' }]);
    }
    const ownerClientId = await this.owners.clientOf(ownerType, ownerId);
    if (!ownerClientId) throw new NotFoundError(OWNER_WORDS[ownerType]);
    if (ownerClientId !== clientId) {
      throw new BadInputError(`This ${OWNER_WORDS[ownerType].toLowerCase()} belongs to another client.`, [{ field: 'ownerId', message: 'another client’s record' }]);
    }
    return ownerId;
  }
}
