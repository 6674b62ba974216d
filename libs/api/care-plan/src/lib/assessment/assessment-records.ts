import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@waymark/api/audit';
import { NotFoundError } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction } from '@waymark/shared/types';
import type { InstrumentModel } from '../instrument/instrument.model';
import { InstrumentLoader } from '../instrument/instrument.loader';
import { AssessmentEntity } from './assessment.entity';
import { AssessmentModel } from './assessment.model';

export const ASSESSMENT = 'Assessment';

/** Finding assessments of the caller's agency with the instrument each was answered on, and auditing their reads. */
@Injectable()
export class AssessmentRecords {
  constructor(
    private readonly tenant: TenantScope,
    private readonly instruments: InstrumentLoader,
    private readonly audit: AuditTrail,
  ) {}

  get repository() {
    return this.tenant.repository(AssessmentEntity);
  }

  /** An unknown id, or another agency's, is NOT_FOUND. */
  async require(id: string): Promise<AssessmentEntity> {
    const row = await this.repository.findOneBy({ id });
    if (!row) throw new NotFoundError(ASSESSMENT);
    return row;
  }

  async instrumentOf(row: AssessmentEntity): Promise<InstrumentModel> {
    const instrument = await this.instruments.load(row.instrumentId);
    // The foreign key keeps an assessment's instrument in its agency; a miss is a broken database.
    if (!instrument) throw new Error(`assessment ${row.id} has no instrument ${row.instrumentId}`);
    return instrument;
  }

  async model(row: AssessmentEntity): Promise<AssessmentModel> {
    return AssessmentModel.from(row, (await this.instrumentOf(row)).definition);
  }

  async models(rows: AssessmentEntity[]): Promise<AssessmentModel[]> {
    return Promise.all(rows.map((row) => this.model(row)));
  }

  recordReads(rows: AssessmentEntity[]): void {
    if (!rows.length) return;
    this.audit.recordRead(...rows.map((row) => ({ action: AuditAction.READ, entityType: ASSESSMENT, entityId: row.id, clientId: row.clientId })));
  }
}
