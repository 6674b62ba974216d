import { useState, type ReactNode } from 'react';
import type { FormValidateInput, UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormDialog, useFormSubmit, useRebasedForm } from '@waymark/web/client';
import { DiscardChangesDialog } from './discard-changes-dialog';

/**
 * A dialog that creates a directory record or edits one at the version on screen. A stale
 * version (CONFLICT) is said plainly and the latest can be loaded: the form moves onto it and
 * keeps what this person changed, so saving again never undoes someone else's edit. Closing
 * it with unsaved changes asks first.
 */
export function EditDialog<Values extends Record<string, unknown>>({
  title,
  submitLabel,
  values,
  version,
  validate,
  save,
  onClose,
  onReload,
  size = 'lg',
  aliases,
  children,
}: {
  title: string;
  submitLabel?: string;
  values: Values;
  /** The record's version; 0 for a new one */
  version: number;
  validate: FormValidateInput<Values>;
  /** Sends the form: every value, and those changed since the record was loaded */
  save: (all: Values, changed: Partial<Values>) => Promise<unknown>;
  onClose: () => void;
  onReload?: () => void;
  size?: string;
  /** API field names that differ from the form's, e.g. `{ 'address.line1': 'line1' }` */
  aliases?: Record<string, keyof Values & string>;
  children: (form: UseFormReturnType<Values>) => ReactNode;
}) {
  const { t } = useTranslation('directory');
  const { form, changes } = useRebasedForm<Values>(values, version, validate);
  const { submit, error, clearError } = useFormSubmit(form, (all) => save(all, changes()), { onDone: onClose, aliases });
  const [confirming, setConfirming] = useState(false);
  const close = () => (form.isDirty() && !form.submitting ? setConfirming(true) : onClose());
  return (
    <>
      <FormDialog
        title={title}
        submitLabel={submitLabel ?? t('admin.save')}
        size={size}
        loading={form.submitting}
        error={error}
        errorOverrides={{ CONFLICT: t('admin.conflict'), NOT_FOUND: t('admin.gone') }}
        onSubmit={(event) => submit(event)}
        onClose={close}
        onReload={
          onReload
            ? () => {
                clearError();
                onReload();
              }
            : undefined
        }
      >
        {children(form)}
      </FormDialog>
      <DiscardChangesDialog opened={confirming} onKeep={() => setConfirming(false)} onDiscard={onClose} />
    </>
  );
}
