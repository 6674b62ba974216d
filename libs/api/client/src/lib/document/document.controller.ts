import { Controller, Get, HttpCode, Logger, Param, Post, Req, Res } from '@nestjs/common';
import { AllowSignedIn, AppConfig, DomainError, isUuid, NotFoundError, RequestContext } from '@waymark/api/common';
import { ErrorCode } from '@waymark/shared/types';
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
  private readonly logger = new Logger(DocumentController.name);

  constructor(
    private readonly uploads: DocumentUploadService,
    private readonly queries: DocumentQueryService,
    private readonly config: AppConfig,
    private readonly context: RequestContext,
  ) {}

  /** Fields: file, clientId, documentType, title, documentDate, and optionally expiresOn, ownerType, ownerId. Answers the document's metadata. */
  @Post()
  @HttpCode(201)
  @AllowSignedIn()
  async upload(@Req() request: FastifyRequest): Promise<DocumentModel> {
    const { fields, file } = await readUpload(request, this.config.DOCUMENT_MAX_BYTES);
    return this.unexpectedAsInternal(() => this.uploads.upload(fields, file));
  }

  @Get(':id/content')
  @AllowSignedIn()
  async content(@Param('id') id: string, @Res() reply: FastifyReply): Promise<void> {
    if (!isUuid(id)) throw new NotFoundError('Document');
    const { document, content } = await this.unexpectedAsInternal(() => this.queries.content(id));
    await reply.headers(contentHeaders(document.contentType, document.fileName, content.length)).send(content);
  }

  /**
   * Anything but a domain error (the database or the S3 store failing) is logged with the request
   * id and answered as INTERNAL without details, as GraphQL answers it.
   */
  private async unexpectedAsInternal<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof DomainError) throw error;
      this.logger.error({ err: error, requestId: this.context.requestId }, 'a document request failed');
      throw new DomainError(ErrorCode.INTERNAL, 'Something went wrong on our side. Try again; if it keeps happening, tell your administrator.');
    }
  }
}
