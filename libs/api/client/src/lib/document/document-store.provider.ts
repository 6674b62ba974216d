import type { Provider } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AppConfig, RequestContext } from '@waymark/api/common';
import { DocumentStore } from './document-store';
import { PostgresDocumentStore } from './postgres-document-store';
import { S3DocumentStore } from './s3-document-store';

/** The store DOCUMENT_STORE names: PostgreSQL unless `s3`. */
export const documentStoreProvider: Provider = {
  provide: DocumentStore,
  inject: [AppConfig, TransactionHost, RequestContext],
  useFactory: (config: AppConfig, txHost: TransactionHost<TransactionalAdapterTypeOrm>, context: RequestContext): DocumentStore =>
    config.DOCUMENT_STORE === 's3' ? new S3DocumentStore(config, context) : new PostgresDocumentStore(txHost, context),
};
