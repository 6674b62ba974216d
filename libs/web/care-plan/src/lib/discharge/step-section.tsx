import { useEffect, useRef, type ReactNode } from 'react';
import { Stack, Title } from '@mantine/core';

/**
 * One step of the wizard under its own heading. A step the worker moved to (`moved`; not the
 * one the page opens at, whose title takes focus) moves focus to its heading when the act
 * that led there took focus away, so keyboard and screen-reader users go on from its top.
 */
export function StepSection({ id, title, moved, children }: { id: string; title: string; moved: boolean; children: ReactNode }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!moved) return;
    const focused = document.activeElement;
    if (!focused || focused === document.body || !focused.isConnected || focused.closest('[data-discharge-steps]')) {
      headingRef.current?.focus({ preventScroll: false });
    }
    // Only when the step opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const headingId = `${id}-heading`;
  return (
    <Stack gap="md" component="section" aria-labelledby={headingId} pt="md">
      <Title order={2} size="h4" id={headingId} ref={headingRef} tabIndex={-1} style={{ outline: 'none' }}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}
