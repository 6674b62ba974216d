import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { AuditTrail } from '@waymark/api/audit';
import { actingUserId, BadInputError, ConflictError, NotFoundError, RequestContext } from '@waymark/api/common';
import { isUniqueViolation, TenantScope } from '@waymark/api/database';
import { AuditAction, definitionProblems, type InstrumentDefinition } from '@waymark/shared/types';
import type { CreateInstrumentRevisionInput } from './dto/create-instrument-revision.input';
import type { SetInstrumentActiveInput } from './dto/set-instrument-active.input';
import { InstrumentEntity } from './instrument.entity';
import { InstrumentModel } from './instrument.model';

const ENTITY = 'Instrument';

/**
 * The agency's assessment instruments. An instrument is never edited in place: a change is a
 * new revision under the same code, so every assessment keeps the questions it was answered on.
 */
@Injectable()
export class InstrumentService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
  ) {}

  private get instruments() {
    return this.tenant.repository(InstrumentEntity);
  }

  /** The latest revision of each code, by name; a code whose latest revision was retired only when asked. */
  async list(includeInactive: boolean): Promise<InstrumentModel[]> {
    const query = this.instruments
      .createQueryBuilder('i')
      .andWhere((sub) => {
        const newer = sub
          .subQuery()
          .select('1')
          .from(InstrumentEntity, 'n')
          .where('n.agency_id = i.agency_id AND n.code = i.code AND n.revision > i.revision')
          .getQuery();
        return `NOT EXISTS ${newer}`;
      })
      .orderBy('i.name')
      .addOrderBy('i.code');
    if (!includeInactive) query.andWhere('i.active');
    return (await query.getMany()).map(InstrumentModel.from);
  }

  async get(id: string): Promise<InstrumentModel> {
    const instrument = await this.instruments.findOneBy({ id });
    if (!instrument) throw new NotFoundError(ENTITY);
    return InstrumentModel.from(instrument);
  }

  /** Publishes a new revision of the code (revision 1 for a new code) once its definition has no problems. */
  @Transactional()
  async createRevision({ code, name, description, definition }: CreateInstrumentRevisionInput): Promise<InstrumentModel> {
    const problems = definitionProblems(definition);
    if (problems.length) {
      throw new BadInputError(
        `The definition has ${problems.length} problem${problems.length === 1 ? '' : 's'}: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}.`,
        problems.map((problem) => ({ field: `definition.${problem.field}`, message: problem.message })),
      );
    }
    const latest = await this.instruments.find({ where: { code }, order: { revision: 'DESC' }, take: 1 });
    const revision = (latest[0]?.revision ?? 0) + 1;
    const instrument = await this.instruments
      .save(
        this.instruments.create({
          code,
          revision,
          name,
          description: description ?? null,
          definition: definition as InstrumentDefinition,
          active: true,
          createdBy: actingUserId(this.context.requirePrincipal()),
        }),
      )
      .catch((error) => {
        // Two admins publishing the same code at once: the second reloads and sees the first.
        throw isUniqueViolation(error) ? new ConflictError('Someone else just published a revision of this instrument. Reload and try again.') : error;
      });
    await this.audit.record({
      action: AuditAction.CREATE,
      entityType: ENTITY,
      entityId: instrument.id,
      changes: { code: { to: code }, revision: { to: revision }, name: { to: name } },
    });
    return InstrumentModel.from(instrument);
  }

  /** Retires a revision (no new assessments of it) or brings it back. */
  @Transactional()
  async setActive({ instrumentId, version, active }: SetInstrumentActiveInput): Promise<InstrumentModel> {
    const before = await this.instruments.findOneBy({ id: instrumentId });
    if (!before) throw new NotFoundError(ENTITY);
    const instrument = await this.instruments.updateVersioned(instrumentId, version, { active }, ENTITY);
    if (before.active !== active) {
      await this.audit.record({ action: AuditAction.UPDATE, entityType: ENTITY, entityId: instrumentId, changes: { active: { from: before.active, to: active } } });
    }
    return InstrumentModel.from(instrument);
  }
}
