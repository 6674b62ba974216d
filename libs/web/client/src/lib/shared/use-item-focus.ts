import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';

/** The element id of a record in a tab, for links such as the timeline's `?item=<id>`. */
export function recordElementId(id: string): string {
  return `record-${id}`;
}

/**
 * A tab opened from the timeline (`?item=<id>`) brings that record into view and moves focus
 * to it once the list has loaded, so keyboard and screen-reader users land on it too.
 * Returns the id asked for, to highlight it.
 */
export function useItemFocus(loaded: boolean): string | null {
  const [params] = useSearchParams();
  const item = params.get('item');
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (!loaded || !item || done.current === item) return;
    const element = document.getElementById(recordElementId(item));
    if (!element) return;
    done.current = item;
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
  });
  return item;
}
