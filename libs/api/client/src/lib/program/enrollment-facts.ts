import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { normalizeProgramRules } from '@waymark/shared/types';
import { ClientAccess, type ClientAccessNeed } from '../access/client-access.service';
import type { EnrollmentFact, ProgramFact } from '../shared/client-facts';
import { EnrollmentEntity } from './entities/enrollment.entity';
import { ProgramEntity } from './entities/program.entity';
import { ProgramLoader } from './program.loader';

/**
 * Enrollments and programs as the contexts above the client context see them: plain facts,
 * opened only through the same access rules as the client's record.
 */
@Injectable()
export class EnrollmentFacts {
  constructor(
    private readonly tenant: TenantScope,
    private readonly access: ClientAccess,
    private readonly programs: ProgramLoader,
  ) {}

  /** The enrollment once the caller may `need` its client; an unknown or another agency's id is NOT_FOUND. */
  async require(enrollmentId: string, need: ClientAccessNeed, field = 'enrollmentId'): Promise<EnrollmentFact> {
    const enrollment = await this.tenant.repository(EnrollmentEntity).findOneBy({ id: enrollmentId });
    if (!enrollment) throw new NotFoundError('Enrollment');
    await this.access.require(enrollment.clientId, need, { field });
    return this.toFact(enrollment);
  }

  async program(programId: string): Promise<ProgramFact> {
    const program = await this.tenant.repository(ProgramEntity).findOneBy({ id: programId });
    if (!program) throw new NotFoundError('Program');
    return { id: program.id, code: program.code, name: program.name, rules: normalizeProgramRules(program.rules) };
  }

  async toFact(enrollment: EnrollmentEntity): Promise<EnrollmentFact> {
    return {
      id: enrollment.id,
      clientId: enrollment.clientId,
      programId: enrollment.programId,
      programName: (await this.programs.load(enrollment.programId))?.name ?? 'Program',
      status: enrollment.status,
      openedOn: enrollment.openedOn,
      closedOn: enrollment.closedOn,
      closeReason: enrollment.closeReason,
      primaryCaseManagerId: enrollment.primaryCaseManagerId,
      version: enrollment.version,
    };
  }
}
