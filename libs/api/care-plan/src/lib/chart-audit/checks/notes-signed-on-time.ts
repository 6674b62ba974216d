import { ChartAuditResult, isLateEntry } from '@waymark/shared/types';
import type { ChartCheck } from './chart-evidence';

/**
 * Notes signed on time: every note of a contact in the quarter up to the day judged was signed
 * within the limit, and no note was still unsigned past it then. The limit is the item's days
 * when it sets them; otherwise the agency's late-entry days, and a signed note is late exactly
 * when the note itself was marked a late entry (what the late-note report counts). Both
 * compare elapsed time with the shared isLateEntry rule. Not applicable without contact notes.
 */
export const notesSignedOnTime: ChartCheck = ({ asOf, judgedAt, notes, lateEntryDays }, days) => {
  const limit = days ?? lateEntryDays;
  const judged = notes.filter((note) => note.occurredOn <= asOf);
  if (!judged.length) return { result: ChartAuditResult.NOT_APPLICABLE, evidence: 'No contact notes in the period.' };
  const late: string[] = [];
  for (const note of judged) {
    if (note.signedAt && note.signedAt <= judgedAt) {
      if (days === null ? note.lateEntry : isLateEntry(note.occurredAt, note.signedAt, limit)) late.push(`Note of ${note.occurredOn} was signed on ${note.signedOn}, more than ${limit} days after the contact.`);
    } else if (isLateEntry(note.occurredAt, judgedAt, limit)) {
      late.push(`Note of ${note.occurredOn} was still unsigned on ${asOf}, more than ${limit} days after the contact.`);
    }
  }
  if (late.length) return { result: ChartAuditResult.FAIL, evidence: late.join(' ') };
  return { result: ChartAuditResult.PASS, evidence: `${judged.length} note${judged.length === 1 ? '' : 's'} in the period, each signed within ${limit} days.` };
};
