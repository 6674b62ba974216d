import { useState } from 'react';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { focusFirstInvalid } from '@waymark/web/core';
import { showFieldErrors } from './field-errors';

/**
 * Sends a form once its own checks pass (otherwise focus moves to the first field to fix).
 * What the API refuses of a particular field is said at that field; any other failure is kept
 * in `error`, to be said above the buttons. `onDone` runs once the form went through.
 */
export function useFormSubmit<Values extends Record<string, unknown>>(
  form: UseFormReturnType<Values>,
  send: (values: Values) => Promise<unknown>,
  {
    onDone,
    aliases,
  }: {
    onDone?: () => void;
    /** API field names that differ from the form's, e.g. `{ closedOn: 'date' }` */
    aliases?: Record<string, keyof Values & string>;
  } = {},
) {
  const { t } = useTranslation('client');
  const [error, setError] = useState<unknown>(null);
  const fail = (failure: unknown) => {
    if (!showFieldErrors(form, failure, t('tabs.validation.rejected'), aliases)) setError(failure);
  };
  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await send(values);
    } catch (failure) {
      fail(failure);
      return;
    }
    onDone?.();
  }, focusFirstInvalid);
  return { submit, error, fail, clearError: () => setError(null) };
}
