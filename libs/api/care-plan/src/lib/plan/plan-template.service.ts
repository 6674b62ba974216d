import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { AuditTrail } from '@waymark/api/audit';
import { createdChanges, EnrollmentFacts, writeChanges } from '@waymark/api/client';
import { BadInputError, NotFoundError } from '@waymark/api/common';
import { AuditAction, planTemplateProblems } from '@waymark/shared/types';
import { CarePlanRecords } from './care-plan-records';
import type { CreatePlanTemplateInput } from './dto/create-plan-template.input';
import type { PlanTemplatesArgs } from './dto/plan-templates.args';
import type { UpdatePlanTemplateInput } from './dto/update-plan-template.input';
import type { PlanTemplateEntity } from './entities/plan-template.entity';
import { PlanTemplateModel } from './plan-template.model';

export const PLAN_TEMPLATE = 'PlanTemplate';
const FIELDS = ['programId', 'name', 'description', 'goals', 'active'] as const satisfies readonly (keyof PlanTemplateEntity)[];

/** The plan templates admins write and every plan writer starts from. */
@Injectable()
export class PlanTemplateService {
  constructor(
    private readonly records: CarePlanRecords,
    private readonly enrollments: EnrollmentFacts,
    private readonly audit: AuditTrail,
  ) {}

  /** A program's templates and those for every program (all when no program is named), by name. */
  async list({ programId, includeInactive }: PlanTemplatesArgs): Promise<PlanTemplateModel[]> {
    const query = this.records.templates.createQueryBuilder('t').orderBy('t.name', 'ASC').addOrderBy('t.id', 'ASC');
    if (programId) query.andWhere('(t.program_id = :programId OR t.program_id IS NULL)', { programId });
    if (!includeInactive) query.andWhere('t.active');
    return (await query.getMany()).map(PlanTemplateModel.from);
  }

  @Transactional()
  async create(input: CreatePlanTemplateInput): Promise<PlanTemplateModel> {
    await this.checked(input);
    const template = await this.records.templates.save(
      this.records.templates.create({
        programId: input.programId ?? null,
        name: input.name,
        description: input.description ?? null,
        goals: input.goals,
        active: input.active ?? true,
      }),
    );
    await this.audit.record({ action: AuditAction.CREATE, entityType: PLAN_TEMPLATE, entityId: template.id, changes: { ...createdChanges(template, ['programId', 'name', 'active']), goals: { to: template.goals.length } } });
    return PlanTemplateModel.from(template);
  }

  /** Plans already started from the template keep the goals they copied. */
  @Transactional()
  async update({ templateId, version, ...patch }: UpdatePlanTemplateInput): Promise<PlanTemplateModel> {
    const before = await this.records.templates.findOneBy({ id: templateId });
    if (!before) throw new NotFoundError('Plan template');
    await this.checked(patch);
    const { row, changes } = await writeChanges(this.records.templates, before, version, patch, FIELDS, 'Plan template');
    if (changes['goals']) changes['goals'] = { from: before.goals.length, to: row.goals.length };
    if (Object.keys(changes).length) await this.audit.record({ action: AuditAction.UPDATE, entityType: PLAN_TEMPLATE, entityId: row.id, changes });
    return PlanTemplateModel.from(row);
  }

  /** The program is the agency's (NOT_FOUND otherwise) and every goal is well formed, each problem named. */
  private async checked({ programId, goals }: Partial<CreatePlanTemplateInput>): Promise<void> {
    if (programId) await this.enrollments.program(programId);
    if (goals === undefined) return;
    const problems = planTemplateProblems(goals);
    if (problems.length) throw new BadInputError(`The template's goals have ${problems.length} problem(s).`, problems);
  }
}
