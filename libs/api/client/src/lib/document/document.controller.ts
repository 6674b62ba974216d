import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { AllowSignedIn, AppConfig, isUuid, NotFoundError } from '@waymark/api/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { contentHeaders } from './content-headers';
import { DocumentQueryService } from './document-query.service';
import { DocumentUploadService } from './document-upload.service';
import type { DocumentModel } from './document.model';
import { readUpload } from './read-upload';

/**
 * Documents over plain HTTP, for the SPA and integrators alike, with the same bearer token
 * and policy as GraphQL: upload as multipart/form-data, download the content. Their metadata
 * is read and changed over GraphQL.
 */
@Controller('documents')
export class DocumentController {
  constructor(
    private readonly uploads: DocumentUploadService,
    private readonly queries: DocumentQueryService,
    private readonly config: AppConfig,
  ) {}

  /** Fields: file, clientId, documentType, title, documentDate, and optionally expiresOn, ownerType, ownerId. Answers the document's metadata. */
  @Post()
  @HttpCode(201)
  @AllowSignedIn()
  async upload(@Req() request: FastifyRequest): Promise<DocumentModel> {
    const { fields, file } = await readUpload(request, this.config.DOCUMENT_MAX_BYTES);
    return this.uploads.upload(fields, file);
  }

  @Get(':id/content')
  @AllowSignedIn()
  async content(@Param('id') id: string, @Res() reply: FastifyReply): Promise<void> {
    if (!isUuid(id)) throw new NotFoundError('Document');
    const { document, content } = await this.queries.content(id);
    await reply.headers(contentHeaders(document.contentType, document.fileName, content.length)).send(content);
  }
}
