import { useEffect, useRef, useState } from 'react';

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'input', 'wheel', 'touchstart', 'scroll', 'focus'] as const;

export interface IdleTimerState {
  /** Seconds left before the lock, when a warning should show; otherwise null */
  secondsLeft: number | null;
}

/**
 * Calls `onIdle` after `timeoutMs` without keyboard, pointer, wheel or touch input.
 * Time is measured with timestamps, so a sleeping laptop locks as soon as it wakes.
 * Reports the seconds left during the last `warnMs` so the page can warn.
 */
export function useIdleTimer({
  enabled,
  timeoutMs,
  warnMs,
  onIdle,
}: {
  enabled: boolean;
  timeoutMs: number;
  warnMs: number;
  onIdle: () => void;
}): IdleTimerState {
  const lastActivity = useRef(Date.now());
  const onIdleRef = useRef(onIdle);
  onIdleRef.current = onIdle;
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);

  useEffect(() => {
    if (!enabled || !(timeoutMs > 0)) {
      setSecondsLeft(null);
      return;
    }
    lastActivity.current = Date.now();
    let fired = false;
    const markActive = () => {
      lastActivity.current = Date.now();
    };
    for (const event of ACTIVITY_EVENTS) window.addEventListener(event, markActive, { passive: true, capture: true });
    const check = () => {
      if (fired) return;
      const left = timeoutMs - (Date.now() - lastActivity.current);
      if (left <= 0) {
        fired = true;
        setSecondsLeft(null);
        onIdleRef.current();
        return;
      }
      setSecondsLeft(left <= warnMs ? Math.ceil(left / 1000) : null);
    };
    const interval = window.setInterval(check, 1000);
    document.addEventListener('visibilitychange', check);
    return () => {
      window.clearInterval(interval);
      document.removeEventListener('visibilitychange', check);
      for (const event of ACTIVITY_EVENTS) window.removeEventListener(event, markActive, { capture: true });
    };
  }, [enabled, timeoutMs, warnMs]);

  return { secondsLeft };
}
