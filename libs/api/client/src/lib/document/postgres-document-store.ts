import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { RequestContext } from '@waymark/api/common';
import { DocumentStore } from './document-store';

/** The default store: a bytea row in `document_content`, written in the caller's transaction and backed up with the data. */
@Injectable()
export class PostgresDocumentStore extends DocumentStore {
  readonly transactional = true;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
  ) {
    super();
  }

  async put(key: string, content: Buffer): Promise<void> {
    await this.txHost.tx.query(`INSERT INTO document_content (agency_id, key, content) VALUES ($1, $2, $3)`, [this.context.agencyId, key, content]);
  }

  async get(key: string): Promise<Buffer | null> {
    const rows: { content: Buffer }[] = await this.txHost.tx.query(`SELECT content FROM document_content WHERE agency_id = $1 AND key = $2`, [
      this.context.agencyId,
      key,
    ]);
    return rows[0]?.content ?? null;
  }

  async delete(key: string): Promise<void> {
    await this.txHost.tx.query(`DELETE FROM document_content WHERE agency_id = $1 AND key = $2`, [this.context.agencyId, key]);
  }
}
