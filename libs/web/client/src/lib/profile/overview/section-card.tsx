import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button, Card, Group, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * A titled part of the overview, with an "Edit" button when the person may change it.
 * Opening the form puts the keyboard in its first field; closing it returns to "Edit".
 */
export function SectionCard({
  id,
  title,
  editing = false,
  onEdit,
  children,
}: {
  id: string;
  title: string;
  editing?: boolean;
  onEdit?: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation('client');
  const cardRef = useRef<HTMLDivElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(editing);
  useEffect(() => {
    if (editing) cardRef.current?.querySelector<HTMLElement>('input:not([type="hidden"]), textarea, select')?.focus();
    else if (wasEditing.current) editRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={id} ref={cardRef}>
      <Group justify="space-between" mb="md" gap="sm">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {onEdit && !editing ? (
          <Button
            ref={editRef}
            variant="light"
            size="xs"
            leftSection={<IconPencil size={14} aria-hidden />}
            onClick={onEdit}
            aria-label={t('overview.editSection', { section: title })}
          >
            {t('overview.edit')}
          </Button>
        ) : null}
      </Group>
      {children}
    </Card>
  );
}

/** A SectionCard that shows `children` and, for those who may edit, swaps them for `form` until it is done. */
export function EditableSection({
  id,
  title,
  canEdit,
  form,
  children,
}: {
  id: string;
  title: string;
  canEdit: boolean;
  form: (done: () => void) => ReactNode;
  children: ReactNode;
}) {
  const [editing, setEditing] = useState(false);
  return (
    <SectionCard id={id} title={title} editing={editing} onEdit={canEdit ? () => setEditing(true) : undefined}>
      {editing ? form(() => setEditing(false)) : children}
    </SectionCard>
  );
}
