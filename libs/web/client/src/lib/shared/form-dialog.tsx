import type { FormEvent, ReactNode } from 'react';
import { Stack } from '@mantine/core';
import type { ErrorMessageOverrides } from '@waymark/web/core';
import { ActionError } from './action-error';
import { FormActions } from './form-actions';
import { FormModal } from './form-modal';

/**
 * A dialog that is one form: its fields (or the explanation of an act that cannot be undone),
 * what went wrong, then Cancel and the act. Enter submits; `onSubmit` gets the submit event,
 * so a Mantine `form.onSubmit` handler can move focus to the first field to fix.
 */
export function FormDialog({
  opened = true,
  title,
  submitLabel,
  color,
  size = 'md',
  loading,
  disabled,
  error,
  errorOverrides,
  onSubmit,
  onClose,
  onReload,
  children,
}: {
  opened?: boolean;
  title: string;
  submitLabel: string;
  color?: string;
  size?: string;
  loading?: boolean;
  disabled?: boolean;
  error?: unknown;
  errorOverrides?: ErrorMessageOverrides;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onClose: () => void;
  /** Offered after a CONFLICT: loads the latest version */
  onReload?: () => void;
  children: ReactNode;
}) {
  return (
    <FormModal opened={opened} onClose={onClose} title={title} size={size}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          // The dialog is portalled out of the page's DOM, not out of its React tree: a dialog opened from inside another form must not submit that one too.
          event.stopPropagation();
          onSubmit(event);
        }}
      >
        <Stack gap="md">
          {children}
          <ActionError error={error} onReload={onReload} overrides={errorOverrides} />
          <FormActions submitLabel={submitLabel} color={color} loading={loading} disabled={disabled} onCancel={onClose} />
        </Stack>
      </form>
    </FormModal>
  );
}
