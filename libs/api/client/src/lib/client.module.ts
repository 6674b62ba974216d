import { Module } from '@nestjs/common';
import { AccessModule } from './access/access.module';
import { ConsentModule } from './consent/consent.module';
import { DocumentModule } from './document/document.module';
import { FundsModule } from './funds/funds.module';
import { IncidentModule } from './incident/incident.module';
import { NetworkModule } from './network/network.module';
import { NoteModule } from './note/note.module';
import { PersonModule } from './person/person.module';
import { ProgramModule } from './program/program.module';
import { ReportModule } from './report/report.module';
import { StaffModule } from './staff/staff.module';
import { TimelineModule } from './timeline/timeline.module';

/** The client context: the record every other context hangs from. */
@Module({
  imports: [AccessModule, TimelineModule, PersonModule, NetworkModule, ConsentModule, ProgramModule, NoteModule, IncidentModule, DocumentModule, StaffModule, ReportModule, FundsModule],
  exports: [ReportModule, TimelineModule, ConsentModule, AccessModule, ProgramModule, StaffModule, NoteModule, NetworkModule, DocumentModule],
})
export class ClientModule {}
