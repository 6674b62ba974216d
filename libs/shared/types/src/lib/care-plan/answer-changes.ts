import { compareAnswers } from './assessment-answers';
import type { Answers } from './instrument';

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/**
 * Answers as saving a draft merges them: each given answer replaces the saved one, and a blank
 * one (null, empty text, no option chosen) clears it.
 */
export function mergeAnswers(saved: Answers, changes: Answers): Answers {
  const merged: Answers = { ...saved };
  for (const [key, value] of Object.entries(changes)) {
    if (isBlank(value)) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}

/** What to send so that `saved` becomes `current`: each answer that differs, and null for each one cleared. */
export function answerChanges(saved: Answers, current: Answers): Answers {
  return Object.fromEntries(compareAnswers(saved, current).map((change) => [change.question, change.after]));
}
