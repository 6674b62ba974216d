import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AllowSignedIn } from '@waymark/api/common';
import { StaffLoader } from '../staff/staff.loader';
import { StaffModel } from '../staff/staff.model';
import { DocumentQueryService } from './document-query.service';
import { DocumentService } from './document.service';
import { DocumentConnection, DocumentModel } from './document.model';
import { ClientDocumentsArgs } from './dto/client-documents.args';
import { DocumentIdArgs } from './dto/document-id.args';
import { RemoveDocumentInput } from './dto/remove-document.input';
import { UpdateDocumentInput } from './dto/update-document.input';

/** A client's documents: their metadata over GraphQL (uploads and content go over POST /documents and GET contentPath). */
@Resolver(() => DocumentModel)
export class DocumentResolver {
  constructor(
    private readonly documents: DocumentService,
    private readonly queries: DocumentQueryService,
    private readonly staff: StaffLoader,
  ) {}

  @Query(() => DocumentConnection, { description: "A client's documents, the latest uploaded first; optionally those of one record or of one type" })
  @AllowSignedIn()
  clientDocuments(@Args() args: ClientDocumentsArgs) {
    return this.queries.forClient(args.withCriteria());
  }

  @Query(() => DocumentModel, { description: 'One document’s metadata' })
  @AllowSignedIn()
  document(@Args() { id }: DocumentIdArgs) {
    return this.queries.one(id);
  }

  @Mutation(() => DocumentModel, { description: 'Change a document’s type, title or dates; a stale version is refused with CONFLICT' })
  @AllowSignedIn()
  updateDocument(@Args('input') input: UpdateDocumentInput) {
    return this.documents.update(input);
  }

  @Mutation(() => DocumentModel, { description: 'Remove a document, with the reason; the audit trail keeps the record of it, the content is deleted' })
  @AllowSignedIn()
  removeDocument(@Args('input') input: RemoveDocumentInput) {
    return this.documents.remove(input);
  }

  @ResolveField('uploadedBy', () => StaffModel, { nullable: true })
  uploadedBy(@Parent() document: DocumentModel) {
    return this.staff.load(document.uploadedById);
  }
}
