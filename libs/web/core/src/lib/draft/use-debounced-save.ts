import { type RefObject, useCallback, useEffect, useRef } from 'react';

/**
 * The timing of a form that saves itself: `schedule` sends a moment after the changes stop (unless
 * the form is blocked, e.g. by a conflict), `flush` sends now. Sends go one at a time, so a change
 * made during one goes out after it, with the version it returns. While offline it tries again when
 * the connection returns and every `retryMs`; leaving with a send still waiting sends it at once.
 */
export function useDebouncedSave<T>(
  send: () => Promise<T>,
  { delayMs, retryMs, statusRef }: { delayMs: number; retryMs: number; statusRef: RefObject<{ kind: string }> },
) {
  const inFlight = useRef<Promise<T> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    // One send at a time: a change made during a send goes out after it, with the new version.
    while (inFlight.current) await inFlight.current;
    const run = send();
    inFlight.current = run;
    try {
      return await run;
    } finally {
      inFlight.current = null;
    }
  }, [send]);

  const schedule = useCallback(
    (blocked: boolean) => {
      if (timer.current) clearTimeout(timer.current);
      if (!blocked) timer.current = setTimeout(() => void flush(), delayMs);
    },
    [flush, delayMs],
  );

  // Back online, or every little while when not: send what is kept on the device.
  useEffect(() => {
    const retry = () => {
      if (statusRef.current.kind === 'offline') void flush();
    };
    window.addEventListener('online', retry);
    const interval = setInterval(retry, retryMs);
    return () => {
      window.removeEventListener('online', retry);
      clearInterval(interval);
    };
  }, [flush, retryMs, statusRef]);

  // Leaving with changes not yet sent (another tab, another page): send them now.
  useEffect(
    () => () => {
      if (!timer.current) return;
      clearTimeout(timer.current);
      timer.current = null;
      void send();
    },
    [send],
  );

  return { flush, schedule };
}
