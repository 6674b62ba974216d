import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { normalizeProgramRules, type NoteType, NoteStatus } from '@waymark/shared/types';
import { Brackets, In, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { ClientAccess, type ClientAccessNeed } from '../access/client-access.service';
import type { EnrollmentFact, ProgramFact } from '../shared/client-facts';
import { CaseNoteEntity } from '../note/case-note.entity';
import { EnrollmentEntity } from './entities/enrollment.entity';
import { ProgramEntity } from './entities/program.entity';
import { ProgramLoader } from './program.loader';

const toProgramFact = (program: ProgramEntity): ProgramFact => ({ id: program.id, code: program.code, name: program.name, rules: normalizeProgramRules(program.rules) });

/**
 * Enrollments and programs as the contexts above the client context see them: plain facts,
 * opened only through the same access rules as the client's record.
 */
@Injectable()
export class EnrollmentFacts {
  constructor(
    private readonly tenant: TenantScope,
    private readonly access: ClientAccess,
    private readonly programLoader: ProgramLoader,
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
    return toProgramFact(program);
  }

  /** The agency's programs among `ids`, in one query; unknown ids are left out. */
  async programs(ids: readonly string[]): Promise<ProgramFact[]> {
    if (!ids.length) return [];
    return (await this.tenant.repository(ProgramEntity).find({ where: { id: In([...ids]) } })).map(toProgramFact);
  }

  /**
   * The agency's enrollments among `ids` in one query (program names batched), without an
   * access check: for naming the program on records the caller was already allowed to see.
   */
  async facts(ids: readonly string[]): Promise<EnrollmentFact[]> {
    if (!ids.length) return [];
    const rows = await this.tenant.repository(EnrollmentEntity).find({ where: { id: In([...ids]) } });
    return Promise.all(rows.map((enrollment) => this.toFact(enrollment)));
  }

  /**
   * Limits a query of records kept on an enrollment (its id in `enrollmentIdColumn`) to those
   * of enrollments in the program, in the same statement: a supervisor's counts for one program.
   */
  restrictToProgram<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, enrollmentIdColumn: string, programId: string): SelectQueryBuilder<T> {
    const enrollments = this.tenant.repository(EnrollmentEntity);
    return query.andWhere(`${enrollmentIdColumn} IN (SELECT pe.id FROM enrollment pe WHERE pe.agency_id = :programAgencyId AND pe.program_id = :programId)`, {
      programAgencyId: enrollments.agencyId,
      programId,
    });
  }

  /**
   * For scheduled work (run as the agency's SYSTEM actor): a page of the agency's enrollments
   * still in service — open, or closed on or after `closedSince` — in id order after `afterId`;
   * only one client's with `clientId`.
   */
  async inService({ closedSince, afterId, limit, clientId }: { closedSince: string; afterId: string | null; limit: number; clientId?: string }): Promise<EnrollmentFact[]> {
    const query = this.tenant
      .repository(EnrollmentEntity)
      .createQueryBuilder('e')
      .andWhere(new Brackets((q) => q.where('e.closedOn IS NULL').orWhere('e.closedOn >= :closedSince', { closedSince })))
      .orderBy('e.id', 'ASC')
      .limit(limit);
    if (afterId) query.andWhere('e.id > :afterId', { afterId });
    if (clientId) query.andWhere('e.clientId = :clientId', { clientId });
    return Promise.all((await query.getMany()).map((enrollment) => this.toFact(enrollment)));
  }

  /**
   * The day (UTC) of the client's latest signed note of one of `noteTypes` (any type when
   * null) on or after `since`: the last visit a visit schedule counts from.
   */
  async lastContactOn(clientId: string, noteTypes: readonly NoteType[] | null, since: string): Promise<string | null> {
    const query = this.tenant
      .repository(CaseNoteEntity)
      .createQueryBuilder('n')
      .select(`to_char(max(n.occurred_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD')`, 'day')
      .andWhere('n.clientId = :clientId', { clientId })
      .andWhere('n.status = :signed', { signed: NoteStatus.SIGNED })
      .andWhere('n.occurredAt >= :since::date', { since });
    if (noteTypes) query.andWhere('n.noteType IN (:...noteTypes)', { noteTypes });
    return (await query.getRawOne<{ day: string | null }>())?.day ?? null;
  }

  async toFact(enrollment: EnrollmentEntity): Promise<EnrollmentFact> {
    return {
      id: enrollment.id,
      clientId: enrollment.clientId,
      programId: enrollment.programId,
      programName: (await this.programLoader.load(enrollment.programId))?.name ?? 'Program',
      status: enrollment.status,
      openedOn: enrollment.openedOn,
      closedOn: enrollment.closedOn,
      closeReason: enrollment.closeReason,
      primaryCaseManagerId: enrollment.primaryCaseManagerId,
      version: enrollment.version,
    };
  }
}
