import { useEffect, useRef, type ReactNode } from 'react';
import { Group, Stack, Text, Title } from '@mantine/core';
import { useNavigationType } from 'react-router';
import { useTranslation } from 'react-i18next';

/** Whether no page has opened since the document loaded (a reload or a typed address). */
let documentStart = true;

/**
 * A page's heading and document title. The heading takes focus when the page opens so
 * screen-reader and keyboard users start at the top of the new content. The page the document
 * loads with leaves focus where the browser puts it, at the top, so the skip link comes first.
 */
export function Page({
  title,
  description,
  actions,
  children,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const navigation = useNavigationType();
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
  useEffect(() => {
    const loadedWithDocument = documentStart && navigation === 'POP';
    documentStart = false;
    if (loadedWithDocument) return;
    // Only move focus when it is not already inside the page (e.g. on first render after a link).
    if (document.activeElement === document.body || document.activeElement?.closest('nav')) {
      headingRef.current?.focus({ preventScroll: true });
    }
    // Only when the page opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4}>
          <Title order={1} size="h2" ref={headingRef} tabIndex={-1} style={{ outline: 'none' }}>
            {title}
          </Title>
          {description ? <Text c="dimmed">{description}</Text> : null}
        </Stack>
        {actions ? <Group gap="sm">{actions}</Group> : null}
      </Group>
      {children}
    </Stack>
  );
}
