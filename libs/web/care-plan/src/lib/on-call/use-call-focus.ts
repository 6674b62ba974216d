import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { recordElementId } from '@waymark/web/client';

/**
 * A link to a call (`/on-call?call=<id>`, from the worklist or the timeline) brings it into
 * view and moves focus to it once it is shown. Returns the id asked for, to highlight it.
 */
export function useCallFocus(shown: boolean): string | null {
  const [params] = useSearchParams();
  const call = params.get('call');
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (!shown || !call || done.current === call) return;
    const element = document.getElementById(recordElementId(call));
    if (!element) return;
    done.current = call;
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
  });
  return call;
}
