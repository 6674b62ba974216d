import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@waymark/api/common';
import { documentContentPath, DocumentOwnerType, DocumentType, isDocumentExpired } from '@waymark/shared/types';
import { ClientRecordModel, recordFields } from '../shared/client-record.model';
import { StaffModel } from '../staff/staff.model';
import type { DocumentEntity } from './document.entity';

registerEnumType(DocumentType, { name: 'DocumentType', description: 'What a client’s document is' });
registerEnumType(DocumentOwnerType, { name: 'DocumentOwnerType', description: 'The record a document is attached to: the client, or one of its records' });

@ObjectType('Document', { description: 'A file attached to a client or one of the client’s records; its content is served at contentPath' })
export class DocumentModel extends ClientRecordModel {
  @Field(() => DocumentOwnerType)
  ownerType: DocumentOwnerType;

  @Field(() => ID, { description: 'The record it is attached to; the client’s id for CLIENT' })
  ownerId: string;

  @Field(() => DocumentType)
  documentType: DocumentType;

  @Field()
  title: string;

  @Field({ description: "When it was signed or issued, as 'YYYY-MM-DD'" })
  documentDate: string;

  @Field(() => String, { nullable: true, description: "The last day it is good for, as 'YYYY-MM-DD'" })
  expiresOn: string | null;

  @Field({ description: 'Its expiry day has passed' })
  expired: boolean;

  @Field({ description: 'The file’s name as uploaded' })
  fileName: string;

  @Field({ description: 'The media type recognised from the content at upload' })
  contentType: string;

  @Field(() => Int)
  sizeBytes: number;

  @Field({ description: 'Hex SHA-256 of the content' })
  sha256: string;

  @Field({ description: 'Where the content is downloaded (GET, with the same bearer token)' })
  contentPath: string;

  @Field(() => GraphQLISODateTime)
  uploadedAt: Date;

  /** Resolved through the per-request StaffLoader. */
  uploadedById: string;

  @Field(() => StaffModel, { nullable: true })
  uploadedBy?: StaffModel | null;

  static from(document: DocumentEntity, today: string): DocumentModel {
    return Object.assign(new DocumentModel(), recordFields(document), {
      ownerType: document.ownerType,
      ownerId: document.ownerId,
      documentType: document.documentType,
      title: document.title,
      documentDate: document.documentDate,
      expiresOn: document.expiresOn,
      expired: isDocumentExpired(document.expiresOn, today),
      fileName: document.fileName,
      contentType: document.contentType,
      sizeBytes: document.sizeBytes,
      sha256: document.sha256,
      contentPath: documentContentPath(document.id),
      uploadedAt: document.uploadedAt,
      uploadedById: document.uploadedBy,
    });
  }
}

@ObjectType()
export class DocumentConnection extends Connection(DocumentModel, 'Document') {
  @Field(() => Int)
  totalCount: number;
}
