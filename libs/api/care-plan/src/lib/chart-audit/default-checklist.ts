import { ChartAuditCheck } from '@waymark/shared/types';
import type { ChecklistItemEntry } from './chart-audit.entity';

/** The checklist an agency starts with: the five checks the system answers, and the questions only a reviewer can. */
export const DEFAULT_CHECKLIST: readonly ChecklistItemEntry[] = [
  { key: 'assessments-current', labelEn: 'Required assessments are current', labelEs: 'Las evaluaciones requeridas están al día', check: ChartAuditCheck.ASSESSMENTS_CURRENT, days: null },
  { key: 'plan-signed-reviewed', labelEn: 'The plan is signed and reviewed on time', labelEs: 'El plan está firmado y revisado a tiempo', check: ChartAuditCheck.PLAN_SIGNED_AND_REVIEWED, days: null },
  // No days of its own: the agency's late-entry days (Client settings) decide, as they do for the late-note report.
  { key: 'notes-signed', labelEn: 'Notes are signed on time', labelEs: 'Las notas se firman a tiempo', check: ChartAuditCheck.NOTES_SIGNED_ON_TIME, days: null },
  { key: 'consents-valid', labelEn: 'Consents are valid for what is shared', labelEs: 'Los consentimientos son válidos para lo que se comparte', check: ChartAuditCheck.CONSENTS_VALID, days: null },
  { key: 'referrals-followed-up', labelEn: 'Referrals are followed up', labelEs: 'Se da seguimiento a las referencias', check: ChartAuditCheck.REFERRALS_FOLLOWED_UP, days: null },
  {
    key: 'goals-measurable',
    labelEn: 'Goals are measurable and match the assessed needs',
    labelEs: 'Las metas son medibles y corresponden a las necesidades evaluadas',
    check: null,
    days: null,
  },
  { key: 'client-voice', labelEn: "The client's own words and choices are in the plan", labelEs: 'Las palabras y decisiones del cliente están en el plan', check: null, days: null },
];
