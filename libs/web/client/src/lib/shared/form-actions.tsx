import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A form's Cancel and its act. A dialog ends with them on the right, Cancel first; a form
 * opened in place (`inline`) has its act first, where the eye already is.
 */
export function FormActions({
  submitLabel,
  color,
  loading,
  disabled,
  inline = false,
  size,
  onCancel,
}: {
  submitLabel?: string;
  color?: string;
  loading?: boolean;
  disabled?: boolean;
  inline?: boolean;
  size?: 'xs' | 'sm';
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const submit = (
    <Button type="submit" color={color} size={size} loading={loading} disabled={disabled}>
      {submitLabel ?? t('form.save')}
    </Button>
  );
  const cancel = (
    <Button variant="default" size={size} onClick={onCancel}>
      {t('form.cancel')}
    </Button>
  );
  return (
    <Group justify={inline ? 'flex-start' : 'flex-end'} gap="sm">
      {inline ? submit : cancel}
      {inline ? cancel : submit}
    </Group>
  );
}
