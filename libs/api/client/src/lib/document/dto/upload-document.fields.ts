import { DocumentOwnerType } from '@waymark/shared/types';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { TrimToNull } from '@waymark/api/common';
import { DocumentFields } from './document-fields.input';

/** The form fields of an upload (multipart/form-data, POST /documents) beside the file. */
export class UploadDocumentFields extends DocumentFields {
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId: string;

  /** The record the document is attached to; the client itself when left out. */
  @TrimToNull()
  @IsOptional()
  @IsEnum(DocumentOwnerType, { message: 'ownerType must be one of CLIENT, ENROLLMENT, CASE_NOTE, CONSENT, INCIDENT, REFERRAL' })
  ownerType?: DocumentOwnerType | null;

  /** The id of that record; not needed for the client itself. */
  @TrimToNull()
  @IsOptional()
  @IsUUID('all', { message: 'ownerId must be the id of the record the document is attached to' })
  ownerId?: string | null;
}
