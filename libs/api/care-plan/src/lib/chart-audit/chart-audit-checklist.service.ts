import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Transactional } from '@nestjs-cls/transactional';
import { AuditTrail, createdChanges, writeChanges } from '@waymark/api/audit';
import { BadInputError, NotFoundError, RequestContext } from '@waymark/api/common';
import { isUniqueViolation, TenantScope } from '@waymark/api/database';
import { AuditAction, ChartAuditCheck } from '@waymark/shared/types';
import { ChecklistItemEntity } from './chart-audit.entity';
import { DEFAULT_CHECKLIST } from './default-checklist';
import type { AddChecklistItemInput, UpdateChecklistItemInput } from './dto/checklist-item.input';

/** The audit trail's name for a checklist item. */
export const CHECKLIST_ITEM = 'ChartAuditChecklistItem';
/** Only the notes check takes days (a note's signing limit); on any other item they would mean nothing. */
function requireDaysFit(check: ChartAuditCheck | null | undefined, days: number | null | undefined): void {
  if (days != null && check !== ChartAuditCheck.NOTES_SIGNED_ON_TIME) {
    throw new BadInputError('Only the notes check takes days.', [{ field: 'days', message: 'only for NOTES_SIGNED_ON_TIME' }]);
  }
}

const FIELDS = ['key', 'position', 'labelEn', 'labelEs', 'check', 'days', 'active'] as const satisfies readonly (keyof ChecklistItemEntity)[];

/** The agency's chart-audit checklist: the default one is written the first time an agency that has none needs it. */
@Injectable()
export class ChartAuditChecklist {
  constructor(
    private readonly tenant: TenantScope,
    private readonly context: RequestContext,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly audit: AuditTrail,
  ) {}

  private get repository() {
    return this.tenant.repository(ChecklistItemEntity);
  }

  /** A new item at the end of the checklist: a question, or one of the automatic checks. */
  @Transactional()
  async add({ key, labelEn, labelEs, check, days }: AddChecklistItemInput): Promise<ChecklistItemEntity> {
    requireDaysFit(check, days);
    await this.ensure();
    const [{ last }] = await this.txHost.tx.query(`SELECT coalesce(max(position), 0)::int AS last FROM chart_audit_checklist_item WHERE agency_id = $1`, [this.context.agencyId]);
    if (await this.repository.findOneBy({ key })) throw new BadInputError('The checklist already has an item with that key.', [{ field: 'key', message: 'taken' }]);
    let item: ChecklistItemEntity;
    try {
      item = await this.repository.save(this.repository.create({ key, position: last + 1, labelEn, labelEs, check: check ?? null, days: days ?? null, active: true }));
    } catch (error) {
      if (isUniqueViolation(error)) throw new BadInputError('The checklist already has an item with that key.', [{ field: 'key', message: 'taken' }]);
      throw error;
    }
    await this.audit.record({ action: AuditAction.CREATE, entityType: CHECKLIST_ITEM, entityId: item.id, changes: createdChanges(item, FIELDS) });
    return item;
  }

  /** Relabels an item, changes its parameter, or takes it off (or back on) the checklist for audits started from now on. */
  @Transactional()
  async update({ itemId, version, ...patch }: UpdateChecklistItemInput): Promise<ChecklistItemEntity> {
    const before = await this.repository.findOneBy({ id: itemId });
    if (!before) throw new NotFoundError(CHECKLIST_ITEM);
    requireDaysFit(before.check, patch.days);
    const { row, changes } = await writeChanges(this.repository, before, version, patch, FIELDS, CHECKLIST_ITEM);
    if (Object.keys(changes).length) await this.audit.record({ action: AuditAction.UPDATE, entityType: CHECKLIST_ITEM, entityId: row.id, changes });
    return row;
  }

  /** The active items in order; the default checklist when the agency has none yet. */
  async items(): Promise<ChecklistItemEntity[]> {
    await this.ensure();
    return this.tenant.repository(ChecklistItemEntity).find({ where: { active: true }, order: { position: 'ASC' } });
  }

  /** Writes the default checklist for an agency without one; safe to run twice, or twice at once. */
  async ensure(): Promise<void> {
    await this.txHost.tx.query(
      `INSERT INTO chart_audit_checklist_item (agency_id, key, position, label_en, label_es, "check", days)
       SELECT $1, t.key, t.position, t.label_en, t.label_es, t."check", t.days
       FROM jsonb_to_recordset($2::jsonb) AS t(key text, position int, label_en text, label_es text, "check" text, days int)
       WHERE NOT EXISTS (SELECT 1 FROM chart_audit_checklist_item WHERE agency_id = $1)
       ON CONFLICT (agency_id, key) DO NOTHING`,
      [
        this.context.agencyId,
        JSON.stringify(DEFAULT_CHECKLIST.map((item, i) => ({ key: item.key, position: i + 1, label_en: item.labelEn, label_es: item.labelEs, check: item.check, days: item.days }))),
      ],
    );
  }
}
