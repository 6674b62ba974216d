import { useCallback, useEffect, useRef, useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { ErrorReason } from '@waymark/shared/types';
import { getErrorInfo, useDebouncedSave, type CaseNoteFieldsFragment } from '@waymark/web/core';
import { caseNoteQuery, createCaseNoteMutation, updateCaseNoteMutation } from './note.operations';
import { noteInput, type ComposerValues } from './note-values';

/** How long typing pauses before the draft goes to the server. */
const SAVE_DELAY_MS = 1200;
/** How often a draft kept on the device tries the server again while the connection is down. */
const RETRY_MS = 15_000;

export type SaveStatus =
  /** Nothing to send yet (nothing typed, or the type of contact not chosen) */
  | { kind: 'local' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  /** The server could not be reached: the draft is on this device and will be sent when it can */
  | { kind: 'offline' }
  /** Someone (this person in another window, most likely) saved the draft meanwhile */
  | { kind: 'conflict' }
  /** The note was signed meanwhile: it can no longer change */
  | { kind: 'locked' }
  /** The draft was discarded meanwhile */
  | { kind: 'gone' }
  /** The API refused a value; the field says which */
  | { kind: 'invalid' }
  | { kind: 'failed'; error: unknown };

export interface NoteAutosave {
  status: SaveStatus;
  /** Call on every change: sends the draft once typing pauses */
  schedule: (values: ComposerValues) => void;
  /** Sends now; resolves with the saved note's id and version, or null when it could not be saved */
  flush: () => Promise<{ noteId: string; version: number } | null>;
  /** After CONFLICT: the server's draft as it is now */
  fetchLatest: () => Promise<CaseNoteFieldsFragment | null>;
  /** Says what an action outside the autosave learned, e.g. CONFLICT on signing */
  report: (status: SaveStatus) => void;
  /** Adopts a note id and version (after reloading, or null to save as a new draft) without sending */
  adopt: (noteId: string | null, version: number, values: ComposerValues | null) => void;
}

/**
 * Saves a note draft to the server as the worker types: createCaseNote once the draft can
 * be saved (type and time known), then updateCaseNote with the version last seen. Sends
 * never overlap, and a draft that could not be sent is retried when the connection returns.
 */
export function useNoteAutosave({
  clientId,
  initial,
  initialSynced,
  onSaved,
  onRejected,
}: {
  clientId: string;
  initial: ComposerValues;
  /** True when `initial` is what the server holds; false for a copy kept on the device, which may be ahead of it */
  initialSynced: boolean;
  /** After each save, with the draft's id and new version (the device copy keeps them) */
  onSaved: (note: CaseNoteFieldsFragment) => void;
  /** BAD_USER_INPUT: shows the API's field problems; returns whether a field took one */
  onRejected: (error: unknown) => boolean;
}): NoteAutosave {
  const apollo = useApolloClient();
  const [create] = useMutation(createCaseNoteMutation, { refetchQueries: ['CaseNotes', 'MyDraftNotes'] });
  const [update] = useMutation(updateCaseNoteMutation);
  const synced = initialSynced && !!initial.noteId;
  const [status, setStatusState] = useState<SaveStatus>(synced ? { kind: 'saved', at: new Date() } : { kind: 'local' });
  const statusRef = useRef(status);
  const setStatus = useCallback((next: SaveStatus) => {
    statusRef.current = next;
    setStatusState(next);
  }, []);
  const noteId = useRef<string | null>(initial.noteId || null);
  const version = useRef(initial.version);
  const latest = useRef<ComposerValues>(initial);
  /** What the server holds, so unchanged input is not sent again */
  const sent = useRef<string | null>(synced ? JSON.stringify(noteInput(initial)) : null);
  const callbacks = useRef({ onSaved, onRejected });
  useEffect(() => {
    callbacks.current = { onSaved, onRejected };
  });

  const send = useCallback(async (): Promise<{ noteId: string; version: number } | null> => {
    const fields = noteInput(latest.current);
    if (!fields) {
      setStatus({ kind: 'local' });
      return null;
    }
    const payload = JSON.stringify(fields);
    if (noteId.current && payload === sent.current) return { noteId: noteId.current, version: version.current };
    // After the first save, routine saves keep saying "saved at": a screen reader need not hear every one.
    if (statusRef.current.kind !== 'saved') setStatus({ kind: 'saving' });
    try {
      const note = noteId.current
        ? (await update({ variables: { input: { noteId: noteId.current, version: version.current, ...fields } } })).data?.updateCaseNote
        : (await create({ variables: { input: { clientId, ...fields } } })).data?.createCaseNote;
      if (!note) throw new Error('No note in the response');
      noteId.current = note.id;
      version.current = note.version;
      sent.current = payload;
      setStatus({ kind: 'saved', at: new Date() });
      callbacks.current.onSaved(note);
      return { noteId: note.id, version: note.version };
    } catch (failure) {
      const info = getErrorInfo(failure);
      if (info.kind === 'NETWORK') setStatus({ kind: 'offline' });
      else if (info.kind === 'CONFLICT') setStatus({ kind: 'conflict' });
      else if (info.kind === 'NOT_FOUND') setStatus({ kind: 'gone' });
      else if (info.reason === ErrorReason.LOCKED_RECORD) setStatus({ kind: 'locked' });
      else if (info.kind === 'BAD_USER_INPUT' && callbacks.current.onRejected(failure)) setStatus({ kind: 'invalid' });
      else setStatus({ kind: 'failed', error: failure });
      return null;
    }
  }, [clientId, create, update, setStatus]);

  const { flush, schedule: scheduleSend } = useDebouncedSave(send, { delayMs: SAVE_DELAY_MS, retryMs: RETRY_MS, statusRef });

  const schedule = useCallback(
    (values: ComposerValues) => {
      latest.current = values;
      const blocked = ['conflict', 'locked', 'gone'].includes(statusRef.current.kind);
      scheduleSend(blocked);
    },
    [scheduleSend],
  );

  const fetchLatest = useCallback(async () => {
    if (!noteId.current) return null;
    try {
      const { data } = await apollo.query({ query: caseNoteQuery, variables: { id: noteId.current }, fetchPolicy: 'network-only' });
      return data?.caseNote ?? null;
    } catch (failure) {
      setStatus(getErrorInfo(failure).kind === 'NOT_FOUND' ? { kind: 'gone' } : { kind: 'failed', error: failure });
      return null;
    }
  }, [apollo, setStatus]);

  const adopt = useCallback((id: string | null, nextVersion: number, values: ComposerValues | null) => {
    noteId.current = id;
    version.current = nextVersion;
    if (values) {
      latest.current = values;
      sent.current = JSON.stringify(noteInput(values));
      setStatus({ kind: 'saved', at: new Date() });
    } else {
      sent.current = null;
      setStatus({ kind: 'local' });
    }
  }, [setStatus]);



  return { status, schedule, flush, fetchLatest, adopt, report: setStatus };
}
