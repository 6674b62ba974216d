import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { AuditTrail } from '@waymark/api/audit';
import { RequestContext } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { ageOn, AuditAction, screenEligibility, TimelineKind } from '@waymark/shared/types';
import { ClientAccess } from '../access/client-access.service';
import { timelineLine } from '../timeline/timeline-lines';
import { TimelineService } from '../timeline/timeline.service';
import type { ScreenEligibilityInput } from './dto/screen-eligibility.input';
import { EligibilityScreenModel } from './eligibility-screen.model';
import { EligibilityScreenEntity } from './entities/eligibility-screen.entity';
import { ProgramService } from './program.service';

/** Screens a client against a program's rules and keeps each screen as it came out. */
@Injectable()
export class EligibilityService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly access: ClientAccess,
    private readonly programs: ProgramService,
    private readonly timeline: TimelineService,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
  ) {}

  private get screens() {
    return this.tenant.repository(EligibilityScreenEntity);
  }

  @Transactional()
  async screen({ clientId, programId, answers }: ScreenEligibilityInput): Promise<EligibilityScreenModel> {
    const client = await this.access.require(clientId, 'write');
    const program = await this.programs.requireOpen(programId);
    const facts = {
      age: client.dateOfBirth ? ageOn(client.dateOfBirth) : null,
      hasMedicaid: answers.hasMedicaid ?? null,
      region: answers.residencyRegion ?? client.region ?? null,
    };
    const { outcome, reasons } = screenEligibility(program.rules.eligibility, facts);
    const screen = await this.screens.save(
      this.screens.create({
        clientId,
        programId,
        answers: { hasMedicaid: facts.hasMedicaid, residencyRegion: facts.region, notes: answers.notes ?? null, age: facts.age },
        outcome,
        reasons,
        screenedBy: this.context.requirePrincipal().id,
        screenedAt: new Date(),
      }),
    );
    await this.timeline.add({
      clientId,
      occurredAt: screen.screenedAt,
      kind: TimelineKind.INTAKE,
      sourceType: 'EligibilityScreen',
      sourceId: screen.id,
      summary: timelineLine.eligibilityScreen(program.name, outcome),
    });
    await this.audit.record({
      action: AuditAction.CREATE,
      entityType: 'EligibilityScreen',
      entityId: screen.id,
      clientId,
      changes: {
        programId: { to: programId },
        age: { to: facts.age },
        hasMedicaid: { to: facts.hasMedicaid },
        residencyRegion: { to: facts.region },
        notesLength: { to: answers.notes?.length ?? 0 },
        outcome: { to: outcome },
        reasons: { to: reasons },
      },
    });
    return EligibilityScreenModel.from(screen);
  }

  /** The client's most recent screen for the program, if they were ever screened for it. */
  async latest(clientId: string, programId: string): Promise<EligibilityScreenEntity | null> {
    const [screen] = await this.screens.find({ where: { clientId, programId }, order: { screenedAt: 'DESC' }, take: 1 });
    return screen ?? null;
  }

  /** The client's screens, newest first. */
  async list(clientId: string): Promise<EligibilityScreenModel[]> {
    await this.access.require(clientId, 'read');
    const rows = await this.screens.find({ where: { clientId }, order: { screenedAt: 'DESC' } });
    this.audit.recordRead({ action: AuditAction.READ, entityType: 'EligibilityScreen', clientId });
    return rows.map(EligibilityScreenModel.from);
  }
}
