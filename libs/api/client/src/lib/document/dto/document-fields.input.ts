import { Field, InputType } from '@nestjs/graphql';
import { IsCalendarDate, RequiredText, TrimToNull, UnlessOmitted } from '@waymark/api/common';
import { DOCUMENT_TITLE_MAX_LENGTH, DocumentType } from '@waymark/shared/types';
import { IsEnum, IsOptional } from 'class-validator';

/**
 * What describes a document, given at upload and changed later. No property initializers: the
 * update input is a partial of this class. Required fields are checked unless omitted.
 */
@InputType({ isAbstract: true })
export class DocumentFields {
  @Field(() => DocumentType)
  @UnlessOmitted()
  @IsEnum(DocumentType, { message: 'documentType must be a document type' })
  documentType: DocumentType;

  @Field({ description: 'What the document is, e.g. "Release of information – county clinic"' })
  @UnlessOmitted()
  @RequiredText(DOCUMENT_TITLE_MAX_LENGTH)
  title: string;

  @Field({ description: "When it was signed or issued, as 'YYYY-MM-DD'" })
  @UnlessOmitted()
  @IsCalendarDate()
  documentDate: string;

  @Field(() => String, { nullable: true, description: "The last day it is good for (an ID, a consent form), as 'YYYY-MM-DD'" })
  @TrimToNull()
  @IsOptional()
  @IsCalendarDate()
  expiresOn?: string | null;
}
