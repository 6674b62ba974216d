import { useState } from 'react';
import { ActionIcon, Box, Checkbox, Group, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { coveredBy, taxonomyTree, termName, toggleTerm, type TaxonomyNode, type TaxonomyTermItem } from './taxonomy';

/**
 * The category tree with a checkbox per term and, beside it, how many services of the search
 * it holds. Choosing a parent includes its children: they show ticked and cannot be chosen
 * apart. Branches open with a button (keyboard and screen readers: "expanded" is spoken).
 */
export function CategoryTree({
  terms,
  chosen,
  counts,
  onChange,
  labelledBy,
}: {
  /** The id of the heading that names the tree */
  labelledBy: string;
  terms: readonly TaxonomyTermItem[];
  chosen: readonly string[];
  counts: ReadonlyMap<string, number>;
  onChange: (categories: string[]) => void;
}) {
  const { t, i18n } = useTranslation('directory');
  const tree = taxonomyTree(terms, i18n.language);
  // Branches holding a chosen term start open, so a shared link shows what it filters by.
  const [open, setOpen] = useState<ReadonlySet<string>>(
    () => new Set(terms.filter((term) => chosen.includes(term.code)).flatMap((term) => term.path.slice(0, -1))),
  );
  const toggleOpen = (code: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(code)) next.delete(code);
      else next.add(code);
      return next;
    });

  const renderNode = (node: TaxonomyNode, depth: number) => {
    const { term } = node;
    const cover = coveredBy(term, chosen);
    const inherited = cover !== null && cover !== term.code;
    const count = counts.get(term.code);
    const expanded = open.has(term.code);
    return (
      <Box key={term.code} component="li" style={{ listStyle: 'none' }}>
        <Group gap={4} wrap="nowrap" pl={depth * 20}>
          {node.children.length ? (
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              aria-expanded={expanded}
              aria-label={t(expanded ? 'search.categories.collapse' : 'search.categories.expand', { name: termName(term, i18n.language) })}
              onClick={() => toggleOpen(term.code)}
            >
              {expanded ? <IconChevronDown size={14} aria-hidden /> : <IconChevronRight size={14} aria-hidden />}
            </ActionIcon>
          ) : (
            <Box w={22} />
          )}
          <Checkbox
            size="sm"
            checked={cover !== null}
            disabled={inherited}
            onChange={() => onChange(toggleTerm(term, chosen, terms))}
            label={
              <Group gap={6} wrap="nowrap">
                <span>{termName(term, i18n.language)}</span>
                {count !== undefined ? (
                  <Text span size="xs" c="dimmed">
                    ({count})
                  </Text>
                ) : null}
              </Group>
            }
            description={inherited ? t('search.categories.included') : undefined}
          />
        </Group>
        {expanded && node.children.length ? (
          <Stack component="ul" gap={4} p={0} m={0} mt={4}>
            {node.children.map((child) => renderNode(child, depth + 1))}
          </Stack>
        ) : null}
      </Box>
    );
  };

  return (
    <Stack component="ul" gap={4} p={0} m={0} aria-labelledby={labelledBy}>
      {tree.map((node) => renderNode(node, 0))}
    </Stack>
  );
}
