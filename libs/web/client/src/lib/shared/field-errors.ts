import type { UseFormReturnType } from '@mantine/form';
import { getErrorInfo } from '@waymark/web/core';

/**
 * Puts the API's BAD_USER_INPUT field problems (`extensions.fields`) on the form's own fields.
 * The API names a field as its input does ('narrative', or 'input.narrative' from a service);
 * `aliases` maps API names to form fields where they differ. Returns true when a field took
 * an error, so the caller only shows a general message for what no field can say.
 */
export function showFieldErrors<Values extends Record<string, unknown>>(
  form: UseFormReturnType<Values>,
  error: unknown,
  message: string,
  aliases: Record<string, keyof Values & string> = {},
): boolean {
  const info = getErrorInfo(error);
  if (info.kind !== 'BAD_USER_INPUT') return false;
  let shown = false;
  for (const { field } of info.fields) {
    const name = field.replace(/^input\./, '');
    const target = aliases[name] ?? (name in form.values ? name : name.split('.')[0]);
    if (target && target in form.values) {
      form.setFieldError(target, message);
      shown = true;
    }
  }
  return shown;
}
