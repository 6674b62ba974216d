import { Alert, Anchor, List, Text } from '@mantine/core';
import { IconListCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { localized, type InstrumentDefinition } from '@waymark/shared/types';
import { questionElementId, questionsByKey } from './assessment-definition';
import { focusQuestion } from './focus-question';

/** The required questions still unanswered, each a link that takes the worker to it. */
export function MissingAnswers({ missing, definition }: { missing: string[]; definition: InstrumentDefinition }) {
  const { t, i18n } = useTranslation('carePlan');
  if (!missing.length) return null;
  const questions = questionsByKey(definition);
  return (
    <Alert color="red" variant="light" role="alert" icon={<IconListCheck aria-hidden />} title={t('assessment.runner.missingTitle', { count: missing.length })}>
      <Text size="sm" mb="xs">
        {t('assessment.runner.missingText')}
      </Text>
      <List size="sm" spacing={4}>
        {missing.map((key) => {
          const question = questions.get(key);
          return (
            <List.Item key={key}>
              <Anchor
                href={`#${questionElementId(key)}`}
                size="sm"
                onClick={(event) => {
                  event.preventDefault();
                  focusQuestion(key);
                }}
              >
                {question ? localized(question.label, i18n.language) : key}
              </Anchor>
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
}
