import { useCallback, useMemo, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { useSessionState } from '../session/session-context';

const DRAFT_PREFIX = 'waymark.draft:';

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function draftKey(userId: string, path: string, formKey: string): string {
  return `${DRAFT_PREFIX}${userId}:${path}:${formKey}`;
}

/** Removes saved drafts: all of them, or all but those of one person. */
export function clearDrafts(exceptUserId?: string): void {
  const store = storage();
  if (!store) return;
  const keep = exceptUserId ? `${DRAFT_PREFIX}${exceptUserId}:` : null;
  for (let i = store.length - 1; i >= 0; i--) {
    const key = store.key(i);
    if (key?.startsWith(DRAFT_PREFIX) && !(keep && key.startsWith(keep))) store.removeItem(key);
  }
}

export interface Draft<T> {
  /** The form's starting values: the saved draft over the defaults */
  initialValues: T;
  /** True when unsaved input was found and restored */
  restored: boolean;
  /** Saves the current input (call on every change); never saves the omitted fields */
  save: (values: T) => void;
  /** Forgets the draft (after a successful submit, or when the person discards it) */
  clear: () => void;
}

/**
 * Keeps a form's unsaved input in sessionStorage, per signed-in person and route, so it
 * survives a reload or a lock of the screen. Never pass passwords: list them in `omit`.
 */
export function useDraft<T extends Record<string, unknown>>(
  formKey: string,
  defaults: T,
  options: { omit?: ReadonlyArray<keyof T> } = {},
): Draft<T> {
  const { user } = useSessionState();
  const { pathname } = useLocation();
  const key = user ? draftKey(user.id, pathname, formKey) : null;
  const omitRef = useRef(options.omit ?? []);
  const defaultsRef = useRef(defaults);

  const [saved] = useState<Partial<T> | null>(() => {
    if (!key) return null;
    try {
      const raw = storage()?.getItem(key);
      return raw ? (JSON.parse(raw) as Partial<T>) : null;
    } catch {
      return null;
    }
  });

  const initialValues = useMemo(() => {
    if (!saved) return defaults;
    const merged = { ...defaults };
    for (const field of Object.keys(defaults) as Array<keyof T>) {
      if (field in saved && !omitRef.current.includes(field)) merged[field] = saved[field] as T[keyof T];
    }
    return merged;
    // The draft is read once, when the form mounts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const save = useCallback(
    (values: T) => {
      const store = storage();
      if (!key || !store) return;
      const kept: Partial<T> = {};
      let differs = false;
      for (const field of Object.keys(values) as Array<keyof T>) {
        if (omitRef.current.includes(field)) continue;
        kept[field] = values[field];
        if (JSON.stringify(values[field]) !== JSON.stringify(defaultsRef.current[field])) differs = true;
      }
      try {
        if (differs) store.setItem(key, JSON.stringify(kept));
        else store.removeItem(key);
      } catch {
        /* storage full or blocked: the draft is a convenience */
      }
    },
    [key],
  );

  const clear = useCallback(() => {
    if (key) storage()?.removeItem(key);
  }, [key]);

  return { initialValues, restored: saved !== null, save, clear };
}
