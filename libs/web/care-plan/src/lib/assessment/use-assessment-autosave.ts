import { useCallback, useEffect, useRef, useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { answerChanges, ErrorReason, type Answers } from '@waymark/shared/types';
import { getErrorInfo, useDebouncedSave, type AssessmentFieldsFragment } from '@waymark/web/core';
import { answersOf } from './assessment-definition';
import { assessmentQuery, saveAssessmentAnswersMutation } from './assessment.operations';

/** How long answering pauses before the answers go to the server. */
const SAVE_DELAY_MS = 1000;
/** How often answers kept on the device try the server again while the connection is down. */
const RETRY_MS = 15_000;

export type AssessmentSaveStatus =
  /** Everything answered is on the server; `at` is null until something is saved on this visit */
  | { kind: 'saved'; at: Date | null }
  /** On its way; `at` is when the last save landed */
  | { kind: 'saving'; at: Date | null }
  /** The server could not be reached: the answers are on this device and go when it can be */
  | { kind: 'offline' }
  /** Saved elsewhere meanwhile (another window, a colleague): `latest` is what the server holds now */
  | { kind: 'conflict'; latest: AssessmentFieldsFragment }
  /** Completed elsewhere meanwhile: it can no longer change */
  | { kind: 'locked' }
  /** Discarded elsewhere meanwhile */
  | { kind: 'gone' }
  /** The API refused these questions' answers */
  | { kind: 'invalid'; questions: string[] }
  | { kind: 'failed'; error: unknown };

const BLOCKED: ReadonlyArray<AssessmentSaveStatus['kind']> = ['conflict', 'locked', 'gone'];

export interface AssessmentAutosave {
  status: AssessmentSaveStatus;
  /** Call on every change: the answers go to the server once answering pauses */
  change: (answers: Answers) => void;
  /** Sends what is not saved yet, now; resolves with the version the server holds, or null when it could not save */
  flush: () => Promise<number | null>;
  /** Takes the server's assessment as the base (after a conflict): the answers that differ from it are sent next */
  adopt: (latest: AssessmentFieldsFragment) => void;
  /** Says what an action outside the autosave learned, e.g. CONFLICT on completing */
  report: (failure: unknown) => Promise<void>;
}

/**
 * Saves an assessment's answers as they are given: `saveAssessmentAnswers` with the answers
 * that changed since the server last had them (null for a cleared one) and the version last
 * seen. Sends never overlap; answers that could not be sent are retried when the connection
 * returns. `onUnsent` hears what the server does not have yet, so the runner keeps a device copy.
 */
export function useAssessmentAutosave({
  initial,
  initialAnswers,
  initialConflict,
  onUnsent,
}: {
  /** The assessment as the server holds it */
  initial: AssessmentFieldsFragment;
  /** The device copy was made on an older version: the worker chooses before anything is sent */
  initialConflict: boolean;
  /** The answers on screen (the server's, or a device copy over them) */
  initialAnswers: Answers;
  onUnsent: (version: number, unsent: Answers) => void;
}): AssessmentAutosave {
  const apollo = useApolloClient();
  const [save] = useMutation(saveAssessmentAnswersMutation);
  const [status, setStatusState] = useState<AssessmentSaveStatus>(initialConflict ? { kind: 'conflict', latest: initial } : { kind: 'saved', at: null });
  const statusRef = useRef(status);
  const setStatus = useCallback((next: AssessmentSaveStatus) => {
    statusRef.current = next;
    setStatusState(next);
  }, []);
  const assessmentId = initial.id;
  const version = useRef(initial.version);
  /** What the server holds, so only what changed is sent */
  const saved = useRef<Answers>(answersOf(initial));
  const latest = useRef<Answers>(initialAnswers);
  const callbacks = useRef({ onUnsent });
  useEffect(() => {
    callbacks.current = { onUnsent };
  });

  const fetchLatest = useCallback(async (): Promise<AssessmentFieldsFragment | null> => {
    try {
      const { data } = await apollo.query({ query: assessmentQuery, variables: { id: assessmentId }, fetchPolicy: 'network-only' });
      return data?.assessment ?? null;
    } catch (failure) {
      setStatus(getErrorInfo(failure).kind === 'NOT_FOUND' ? { kind: 'gone' } : { kind: 'failed', error: failure });
      return null;
    }
  }, [apollo, assessmentId, setStatus]);

  const report = useCallback(
    async (failure: unknown) => {
      const info = getErrorInfo(failure);
      if (info.kind === 'NETWORK') setStatus({ kind: 'offline' });
      else if (info.kind === 'NOT_FOUND') setStatus({ kind: 'gone' });
      else if (info.reason === ErrorReason.LOCKED_RECORD) setStatus({ kind: 'locked' });
      else if (info.kind === 'CONFLICT') {
        const fresh = await fetchLatest();
        if (fresh) setStatus({ kind: 'conflict', latest: fresh });
      } else if (info.kind === 'BAD_USER_INPUT' && info.fields.length) {
        setStatus({ kind: 'invalid', questions: info.fields.map((field) => field.field.replace(/^(input\.)?answers\./, '')) });
      } else setStatus({ kind: 'failed', error: failure });
    },
    [fetchLatest, setStatus],
  );

  const send = useCallback(async (): Promise<number | null> => {
    const unsent = answerChanges(saved.current, latest.current);
    if (!Object.keys(unsent).length) {
      if (statusRef.current.kind !== 'saved') setStatus({ kind: 'saved', at: new Date() });
      return version.current;
    }
    const current = statusRef.current;
    setStatus({ kind: 'saving', at: current.kind === 'saved' ? current.at : null });
    try {
      const { data } = await save({ variables: { input: { assessmentId, version: version.current, answers: unsent } } });
      const assessment = data?.saveAssessmentAnswers;
      if (!assessment) throw new Error('No assessment in the response');
      version.current = assessment.version;
      saved.current = answersOf(assessment);
      setStatus({ kind: 'saved', at: new Date() });
      callbacks.current.onUnsent(version.current, answerChanges(saved.current, latest.current));
      return assessment.version;
    } catch (failure) {
      await report(failure);
      return null;
    }
  }, [assessmentId, save, report, setStatus]);

  const { flush, schedule: scheduleSend } = useDebouncedSave(send, { delayMs: SAVE_DELAY_MS, retryMs: RETRY_MS, statusRef });

  const change = useCallback(
    (answers: Answers) => {
      latest.current = answers;
      callbacks.current.onUnsent(version.current, answerChanges(saved.current, answers));
      scheduleSend(BLOCKED.includes(statusRef.current.kind));
    },
    [scheduleSend],
  );

  const adopt = useCallback(
    (fresh: AssessmentFieldsFragment) => {
      version.current = fresh.version;
      saved.current = answersOf(fresh);
      setStatus({ kind: 'saved', at: null });
      callbacks.current.onUnsent(version.current, answerChanges(saved.current, latest.current));
    },
    [setStatus],
  );



  return { status, change, flush, adopt, report };
}
