import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { FilterPageArgs } from '@waymark/api/common';
import { DocumentOwnerType, DocumentType } from '@waymark/shared/types';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { ClientPageArgs } from '../../shared/dto/client-id.args';

@InputType('DocumentFilter', { description: "Which of a client's documents: those of one record or of one type" })
export class DocumentFilter {
  @Field(() => DocumentOwnerType, { nullable: true, description: 'Only documents attached to records of this type (CLIENT: to the client itself)' })
  @IsOptional()
  @IsEnum(DocumentOwnerType, { message: 'ownerType must be a document owner type' })
  ownerType?: DocumentOwnerType | null;

  @Field(() => ID, { nullable: true, description: 'Only documents attached to this record' })
  @IsOptional()
  @IsUUID('all', { message: 'ownerId must be a record id' })
  ownerId?: string | null;

  @Field(() => DocumentType, { nullable: true })
  @IsOptional()
  @IsEnum(DocumentType, { message: 'documentType must be a document type' })
  documentType?: DocumentType | null;
}

/** A page of a client's documents, optionally only those of one record or of one type. */
@ArgsType()
export class ClientDocumentsArgs extends FilterPageArgs(DocumentFilter, ClientPageArgs) {}
