import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@waymark/api/audit';
import { InstrumentEntity } from './instrument.entity';
import { InstrumentLoader } from './instrument.loader';
import { InstrumentResolver } from './instrument.resolver';
import { InstrumentService } from './instrument.service';

/** Assessment instruments defined as data, versioned per agency. */
@Module({
  imports: [TypeOrmModule.forFeature([InstrumentEntity]), AuditModule],
  providers: [InstrumentService, InstrumentLoader, InstrumentResolver],
  exports: [InstrumentService, InstrumentLoader],
})
export class InstrumentModule {}
