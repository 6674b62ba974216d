import type { FormEvent } from 'react';

/**
 * For Mantine's `form.onSubmit(handler, onInvalid)`: moves focus to the first field the
 * validation marked, so keyboard and screen-reader users land on what needs fixing.
 */
export function focusFirstInvalid(_errors: unknown, _values: unknown, event?: FormEvent<HTMLFormElement>): void {
  const form = event?.currentTarget ?? null;
  // Let Mantine render the error state first.
  requestAnimationFrame(() => {
    const target = (form ?? document).querySelector<HTMLElement>('[aria-invalid="true"]');
    target?.focus();
  });
}
