import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@waymark/api/audit';
import { Clock, groupedBy, requestLoader } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction } from '@waymark/shared/types';
import { ClsService } from 'nestjs-cls';
import { DOCUMENT_SOURCE_TYPE } from '../document/document-upload.service';
import { DocumentEntity } from '../document/document.entity';
import { DocumentModel } from '../document/document.model';
import { FundReceiptEntity } from './fund-receipt.entity';
import { FundReceiptModel } from './fund.model';

const LOADER = Symbol('client.fundReceipts');

/**
 * The receipts of each request a page shows (not those whose document was removed), with
 * their documents, in two statements
 * however many requests: the requests were read under their client's access already,
 * and each receipt document shown is an audited read.
 */
@Injectable()
export class FundReceiptsLoader {
  constructor(
    private readonly tenant: TenantScope,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    private readonly cls: ClsService,
  ) {}

  load(requestId: string): Promise<FundReceiptModel[]> {
    return requestLoader<string, FundReceiptModel[]>(this.cls, LOADER, (ids) => this.receiptsOf(ids)).load(requestId);
  }

  private async receiptsOf(requestIds: readonly string[]): Promise<FundReceiptModel[][]> {
    const entities = await this.tenant
      .repository(FundReceiptEntity)
      .createQueryBuilder('r')
      .innerJoin(DocumentEntity, 'd', 'd.id = r.document_id AND d.agency_id = r.agency_id AND d.removed_at IS NULL')
      .andWhere('r.request_id IN (:...requestIds)', { requestIds })
      .orderBy('r.recorded_at', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .getMany();
    const documents = entities.length
      ? await this.tenant.repository(DocumentEntity).createQueryBuilder('d').andWhere('d.id IN (:...ids)', { ids: entities.map((r) => r.documentId) }).getMany()
      : [];
    const byId = new Map(documents.map((document) => [document.id, document]));
    if (documents.length) {
      this.audit.recordRead(...documents.map((document) => ({ action: AuditAction.READ, entityType: DOCUMENT_SOURCE_TYPE, entityId: document.id, clientId: document.clientId })));
    }
    const today = this.clock.today();
    const receipts = entities.flatMap((receipt) => {
      const document = byId.get(receipt.documentId);
      if (!document) return [];
      return [{ requestId: receipt.requestId, model: Object.assign(new FundReceiptModel(), { id: receipt.id, amountCents: receipt.amountCents, recordedAt: receipt.recordedAt, document: DocumentModel.from(document, today) }) }];
    });
    return groupedBy(requestIds, receipts, (r) => r.requestId).map((group) => group.map((r) => r.model));
  }
}
