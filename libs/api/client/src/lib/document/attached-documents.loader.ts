import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@waymark/api/audit';
import { Clock, groupedBy, requestLoader } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction, type DocumentOwnerType } from '@waymark/shared/types';
import { ClsService } from 'nestjs-cls';
import { DOCUMENT_SOURCE_TYPE } from './document-upload.service';
import { DocumentEntity } from './document.entity';
import { DocumentModel } from './document.model';

const LOADER = Symbol('client.attachedDocuments');

/**
 * The documents attached to each record a page shows (its consents, notes, incidents,
 * enrollments), in one query per request however many records: the record was read under
 * its client's access already, and each document shown is an audited read.
 */
@Injectable()
export class AttachedDocumentsLoader {
  constructor(
    private readonly tenant: TenantScope,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    private readonly cls: ClsService,
  ) {}

  load(ownerType: DocumentOwnerType, ownerId: string): Promise<DocumentModel[]> {
    return requestLoader<string, DocumentModel[]>(this.cls, LOADER, (keys) => this.attachedTo(keys)).load(`${ownerType}:${ownerId}`);
  }

  private async attachedTo(keys: readonly string[]): Promise<DocumentModel[][]> {
    const owners = keys.map((key) => key.split(':'));
    const documents = await this.tenant
      .repository(DocumentEntity)
      .createQueryBuilder('d')
      .andWhere('(d.owner_type, d.owner_id) IN (SELECT * FROM unnest(:ownerTypes::text[], :ownerIds::uuid[]))', {
        ownerTypes: owners.map(([type]) => type),
        ownerIds: owners.map(([, id]) => id),
      })
      .andWhere('d.removed_at IS NULL')
      .orderBy('d.uploaded_at', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .getMany();
    if (documents.length) {
      this.audit.recordRead(
        ...documents.map((document) => ({ action: AuditAction.READ, entityType: DOCUMENT_SOURCE_TYPE, entityId: document.id, clientId: document.clientId })),
      );
    }
    const today = this.clock.today();
    return groupedBy(keys, documents, (document) => `${document.ownerType}:${document.ownerId}`).map((group) => group.map((document) => DocumentModel.from(document, today)));
  }
}
