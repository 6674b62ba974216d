import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@waymark/api/audit';
import { ClientModule } from '@waymark/api/client';
import { InstrumentModule } from '../instrument/instrument.module';
import { AssessmentQueryService } from './assessment-query.service';
import { AssessmentReader } from './assessment-reader';
import { AssessmentRecords } from './assessment-records';
import { AssessmentEntity } from './assessment.entity';
import { AssessmentResolver } from './assessment.resolver';
import { AssessmentService } from './assessment.service';

/** Assessments: started, saved as they go, completed, scored, compared, corrected as new versions. */
@Module({
  imports: [TypeOrmModule.forFeature([AssessmentEntity]), AuditModule, ClientModule, InstrumentModule],
  providers: [AssessmentRecords, AssessmentService, AssessmentQueryService, AssessmentReader, AssessmentResolver],
  exports: [AssessmentReader],
})
export class AssessmentModule {}
