import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { AuditTrail } from '@waymark/api/audit';
import { BadInputError, NotFoundError } from '@waymark/api/common';
import { isUniqueViolation, TenantScope } from '@waymark/api/database';
import { AuditAction, EMPTY_PROGRAM_RULES, normalizeProgramRules, type ProgramRules } from '@waymark/shared/types';
import type { CreateProgramInput } from './dto/create-program.input';
import type { ProgramRulesInput } from './dto/program-rules.input';
import type { UpdateProgramInput } from './dto/update-program.input';
import { ProgramEntity } from './entities/program.entity';
import { ProgramModel } from './program.model';
import { createdChanges, writeChanges } from '../shared/field-changes';

/** Rules as they are stored: every part present, regions once each. */
function toRules(input: ProgramRulesInput | null | undefined): ProgramRules {
  if (!input) return EMPTY_PROGRAM_RULES;
  const eligibility = input.eligibility;
  return {
    eligibility: {
      minAge: eligibility?.minAge ?? null,
      maxAge: eligibility?.maxAge ?? null,
      requiresMedicaid: eligibility?.requiresMedicaid ?? false,
      residencyRegions: [...new Set(eligibility?.residencyRegions ?? [])],
    },
    intakeRequirements: input.intakeRequirements,
    deadlines: {
      assessmentDays: input.deadlines?.assessmentDays ?? null,
      planDays: input.deadlines?.planDays ?? null,
      reviewMonths: input.deadlines?.reviewMonths ?? null,
      implementationPlanDays: input.deadlines?.implementationPlanDays ?? null,
      monitoringEveryMonths: input.deadlines?.monitoringEveryMonths ?? null,
    },
    visitSchedule: input.visitSchedule ? { everyDays: input.visitSchedule.everyDays, kind: input.visitSchedule.kind } : null,
    requiredInstruments: input.requiredInstruments.map(({ instrumentCode, renewEveryMonths }) => ({ instrumentCode, renewEveryMonths: renewEveryMonths ?? null })),
    followUpDays: [...new Set(input.followUpDays)].sort((a, b) => a - b),
  };
}

/** What an admin sets on a program; the rules as a whole. */
const FIELDS = ['code', 'name', 'description', 'active', 'rules'] as const satisfies readonly (keyof ProgramEntity)[];

const codeTaken = () => new BadInputError('Another program of the agency has this code.', [{ field: 'code', message: 'already in use' }]);

/** An agency admin's programs. Every change is audited with its fields. */
@Injectable()
export class ProgramService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly audit: AuditTrail,
  ) {}

  private get programs() {
    return this.tenant.repository(ProgramEntity);
  }

  async list(includeInactive: boolean): Promise<ProgramModel[]> {
    const rows = await this.programs.find({ where: includeInactive ? {} : { active: true }, order: { name: 'ASC', code: 'ASC' } });
    return rows.map(ProgramModel.from);
  }

  /** A program that takes new screens and enrollments; an unknown or foreign id is NOT_FOUND. */
  async requireOpen(programId: string): Promise<ProgramModel> {
    const program = await this.programs.findOneBy({ id: programId });
    if (!program) throw new NotFoundError('Program');
    if (!program.active) throw new BadInputError('This program is inactive.', [{ field: 'programId', message: 'inactive program' }]);
    return ProgramModel.from(program);
  }

  @Transactional()
  async create(input: CreateProgramInput): Promise<ProgramModel> {
    const rules = toRules(input.rules);
    const program = await this.programs
      .save(this.programs.create({ code: input.code, name: input.name, description: input.description ?? null, rules, active: input.active }))
      .catch((error) => {
        throw isUniqueViolation(error) ? codeTaken() : error;
      });
    await this.audit.record({
      action: AuditAction.CREATE,
      entityType: 'Program',
      entityId: program.id,
      changes: createdChanges(program, FIELDS),
    });
    return ProgramModel.from(program);
  }

  @Transactional()
  async update(input: UpdateProgramInput): Promise<ProgramModel> {
    const stored = await this.programs.findOneBy({ id: input.programId });
    if (!stored) throw new NotFoundError('Program');
    // Compared with its rules as they read today, so a rule added since it was saved is no change.
    const before = Object.assign(stored, { rules: normalizeProgramRules(stored.rules) });
    const { programId: _id, version, rules, ...fields } = input;
    const patch = { ...fields, ...(rules ? { rules: toRules(rules) } : {}) };
    const { row: program, changes } = await writeChanges(this.programs, before, version, patch, FIELDS, 'Program').catch((error) => {
      throw isUniqueViolation(error) ? codeTaken() : error;
    });
    if (Object.keys(changes).length) await this.audit.record({ action: AuditAction.UPDATE, entityType: 'Program', entityId: program.id, changes });
    return ProgramModel.from(program);
  }
}
