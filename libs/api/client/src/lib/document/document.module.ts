import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/access.module';
import { StaffModule } from '../staff/staff.module';
import { TimelineModule } from '../timeline/timeline.module';
import { AttachedDocumentsLoader } from './attached-documents.loader';
import {
  CaseNoteDocumentsResolver,
  ConsentDocumentsResolver,
  EnrollmentDocumentsResolver,
  IncidentDocumentsResolver,
} from './attached-documents.resolver';
import { ClientRecordOwners } from './client-record-owners';
import { DocumentController } from './document.controller';
import { DocumentEntity } from './document.entity';
import { DocumentOwners } from './document-owners';
import { DocumentQueryService } from './document-query.service';
import { DocumentResolver } from './document.resolver';
import { DocumentService } from './document.service';
import { documentStoreProvider } from './document-store.provider';
import { DocumentUploadService } from './document-upload.service';

/** Files attached to a client or the client's records (and, through DocumentOwners, to records of contexts above). */
@Module({
  imports: [TypeOrmModule.forFeature([DocumentEntity]), AccessModule, TimelineModule, StaffModule],
  controllers: [DocumentController],
  providers: [
    DocumentOwners,
    ClientRecordOwners,
    documentStoreProvider,
    DocumentUploadService,
    DocumentService,
    DocumentQueryService,
    DocumentResolver,
    AttachedDocumentsLoader,
    ConsentDocumentsResolver,
    CaseNoteDocumentsResolver,
    IncidentDocumentsResolver,
    EnrollmentDocumentsResolver,
  ],
  exports: [DocumentOwners],
})
export class DocumentModule {}
