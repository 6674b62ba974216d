import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/access.module';
import { StaffModule } from '../staff/staff.module';
import { TimelineModule } from '../timeline/timeline.module';
import { AddendaLoader } from './addenda.loader';
import { CaseNoteAddendumEntity } from './case-note-addendum.entity';
import { CaseNoteAddendumResolver } from './case-note-addendum.resolver';
import { CaseNoteEntity } from './case-note.entity';
import { CaseNoteQueryService } from './case-note-query.service';
import { CaseNoteResolver } from './case-note.resolver';
import { CaseNoteService } from './case-note.service';
import { NoteFacts } from './note-facts';

/** Case notes: drafts, signing, addenda, and the notes tab of a client. */
@Module({
  imports: [TypeOrmModule.forFeature([CaseNoteEntity, CaseNoteAddendumEntity]), AccessModule, TimelineModule, StaffModule],
  providers: [CaseNoteService, CaseNoteQueryService, CaseNoteResolver, CaseNoteAddendumResolver, AddendaLoader, NoteFacts],
  exports: [NoteFacts],
})
export class NoteModule {}
