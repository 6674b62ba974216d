import type { TFunction } from 'i18next';
import {
  LONG_TEXT_MAX_LENGTH,
  NOTE_DURATION_MAX_MINUTES,
  NOTE_PARTICIPANTS_MAX_LENGTH,
  NOTE_TYPES,
  type NoteType,
  SHORT_TEXT_MAX_LENGTH,
} from '@waymark/shared/types';
import type { CaseNoteFieldsFragment } from '@waymark/web/core';
import { fromLocalDateTime, toLocalDateTime } from '../../shared/date-time-input';
import { optionalText } from '../../shared/validators';

/** What the composer edits, as typed; `noteId` and `version` name the server draft once there is one. */
export interface ComposerValues extends Record<string, unknown> {
  noteId: string;
  version: number;
  noteType: string;
  /** 'YYYY-MM-DDTHH:mm' in local time */
  occurredAt: string;
  /** Minutes as typed */
  durationMinutes: string;
  place: string;
  participants: string;
  narrative: string;
}

export type ComposerErrors = Partial<Record<keyof ComposerValues, string>>;

export function emptyComposer(now = new Date()): ComposerValues {
  return {
    noteId: '',
    version: 0,
    noteType: '',
    occurredAt: toLocalDateTime(now),
    durationMinutes: '',
    place: '',
    participants: '',
    narrative: '',
  };
}

export function composerFromNote(note: CaseNoteFieldsFragment): ComposerValues {
  return {
    noteId: note.id,
    version: note.version,
    noteType: note.noteType,
    occurredAt: toLocalDateTime(note.occurredAt),
    durationMinutes: note.durationMinutes === null || note.durationMinutes === undefined ? '' : String(note.durationMinutes),
    place: note.place ?? '',
    participants: note.participants ?? '',
    narrative: note.narrative,
  };
}

export function isNoteType(value: string): value is NoteType {
  return (NOTE_TYPES as readonly string[]).includes(value);
}

function parseMinutes(text: string): number | null | undefined {
  const value = text.trim();
  if (!value) return null;
  if (!/^\d+$/.test(value)) return undefined;
  const minutes = Number(value);
  return minutes <= NOTE_DURATION_MAX_MINUTES ? minutes : undefined;
}

/** The note's fields as the API takes them; null when a value cannot be sent yet (see draftProblems). */
export function noteInput(values: ComposerValues) {
  const occurredAt = fromLocalDateTime(values.occurredAt);
  const durationMinutes = parseMinutes(values.durationMinutes);
  if (!isNoteType(values.noteType) || !occurredAt || durationMinutes === undefined) return null;
  return {
    noteType: values.noteType,
    occurredAt,
    durationMinutes,
    place: optionalText(values.place),
    participants: optionalText(values.participants),
    // Kept as typed: the draft saves mid-sentence, and a trailing space is part of the typing.
    narrative: values.narrative,
  };
}

/** Problems that keep a draft from being saved to the server (a draft may still be incomplete). */
export function draftProblems(values: ComposerValues, t: TFunction, now = new Date()): ComposerErrors {
  const errors: ComposerErrors = {};
  const occurredAt = fromLocalDateTime(values.occurredAt);
  if (values.occurredAt && !occurredAt) errors.occurredAt = t('tabs.validation.dateTime');
  else if (occurredAt && new Date(occurredAt).getTime() > now.getTime() + 60_000) errors.occurredAt = t('tabs.notes.occurredInFuture');
  if (parseMinutes(values.durationMinutes) === undefined) errors.durationMinutes = t('tabs.notes.durationInvalid', { max: NOTE_DURATION_MAX_MINUTES });
  if (values.place.trim().length > SHORT_TEXT_MAX_LENGTH) errors.place = t('tabs.validation.tooLong', { count: SHORT_TEXT_MAX_LENGTH });
  if (values.participants.trim().length > NOTE_PARTICIPANTS_MAX_LENGTH) {
    errors.participants = t('tabs.validation.tooLong', { count: NOTE_PARTICIPANTS_MAX_LENGTH });
  }
  if (values.narrative.length > LONG_TEXT_MAX_LENGTH) errors.narrative = t('tabs.validation.tooLong', { count: LONG_TEXT_MAX_LENGTH });
  return errors;
}

/** Problems that keep a note from being signed: a draft's problems, and nothing essential missing. */
export function signProblems(values: ComposerValues, t: TFunction): ComposerErrors {
  const errors = draftProblems(values, t);
  if (!isNoteType(values.noteType)) errors.noteType = t('tabs.notes.typeRequired');
  if (!values.occurredAt) errors.occurredAt = t('tabs.validation.dateTime');
  if (!values.narrative.trim()) errors.narrative = t('tabs.notes.narrativeRequired');
  return errors;
}

/** Whether anything was typed beyond the starting values. */
export function hasContent(values: ComposerValues): boolean {
  return !!(values.noteId || values.noteType || values.durationMinutes.trim() || values.place.trim() || values.participants.trim() || values.narrative.trim());
}
