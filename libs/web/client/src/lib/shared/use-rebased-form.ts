import { useEffect, useRef } from 'react';
import { useForm, type FormValidateInput, type UseFormReturnType } from '@mantine/form';

/** The fields whose value differs from `base`. */
export function changedFields<T extends object>(values: T, base: T): Partial<T> {
  const changed: Partial<T> = {};
  for (const key of Object.keys(values) as Array<keyof T>) {
    if (JSON.stringify(values[key]) !== JSON.stringify(base[key])) changed[key] = values[key];
  }
  return changed;
}

/**
 * An edit form over a versioned record. When a newer version arrives (after a CONFLICT and a
 * reload, say) the form moves onto it and keeps only what this person changed, so saving
 * again never quietly undoes someone else's edit of another field.
 */
export function useRebasedForm<T extends Record<string, unknown>>(
  recordValues: T,
  version: number,
  validate: FormValidateInput<T>,
): { form: UseFormReturnType<T>; changes: () => Partial<T> } {
  const base = useRef(recordValues);
  const baseVersion = useRef(version);
  const form = useForm<T>({ initialValues: recordValues, validate });
  useEffect(() => {
    if (version === baseVersion.current) return;
    const edited = changedFields(form.getValues(), base.current);
    base.current = recordValues;
    baseVersion.current = version;
    form.setValues({ ...recordValues, ...edited });
    // Only a new version moves the base; the values come with it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version]);
  return { form, changes: () => changedFields(form.getValues(), base.current) };
}
