import { useEffect, useRef, useState } from 'react';
import { useDebouncedValue } from '@mantine/hooks';

/**
 * The words box: typed freely, written to the address a moment after typing stops. When the
 * address changes otherwise (back, a link), the box follows it.
 */
export function useSearchText(inAddress: string, write: (text: string) => void) {
  const [text, setText] = useState(inAddress);
  const [settled] = useDebouncedValue(text, 300);
  const written = useRef(inAddress);

  useEffect(() => {
    if (inAddress === written.current) return;
    written.current = inAddress;
    setText(inAddress);
  }, [inAddress]);

  useEffect(() => {
    if (settled.trim() === written.current.trim()) return;
    written.current = settled.trim();
    write(settled.trim());
    // Only when the settled words change; `write` is a new function each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled]);

  return [text, setText] as const;
}
