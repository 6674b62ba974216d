import { useState, type ReactNode } from 'react';
import { Button, Checkbox, Fieldset, Group, NumberInput, type NumberInputProps, Radio, Stack, Text, Textarea, TextInput, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localized, QuestionType, type AnswerValue, type Question } from '@waymark/shared/types';
import { questionElementId } from './assessment-definition';

/** A scale longer than this is typed as a number rather than picked from a row of choices. */
const MAX_SCALE_CHOICES = 11;

interface FieldProps {
  question: Question;
  value: AnswerValue | null | undefined;
  onChange: (value: AnswerValue | null) => void;
  /** Said at the question after a try to complete: it needs an answer */
  error: string | null;
}

/**
 * One question of an instrument as a real form control (choices a size up, for fingers on a tablet): text and numbers and dates as
 * inputs, choices and scales as radio buttons or checkboxes in a fieldset whose legend is the
 * question. Required questions are marked; the help text describes the control.
 */
export function QuestionField(props: FieldProps) {
  const { question } = props;
  return (
    <div id={questionElementId(question.key)} data-question={question.key}>
      <QuestionControl {...props} />
    </div>
  );
}

function QuestionControl({ question, value, onChange, error }: FieldProps) {
  const { t, i18n } = useTranslation('carePlan');
  const language = i18n.language;
  const label = localized(question.label, language);
  const help = question.help ? localized(question.help, language) : undefined;
  const id = `answer-${question.key}`;

  switch (question.type) {
    case QuestionType.TEXT:
      return (
        <Textarea
          id={id}
          label={label}
          description={help}
          required={question.required}
          error={error}
          autosize
          minRows={2}
          maxRows={10}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.currentTarget.value === '' ? null : event.currentTarget.value)}
        />
      );
    case QuestionType.NUMBER:
      return (
        <NumberAnswer id={id} label={label} description={help} required={question.required} error={error} value={value} onChange={onChange} />
      );
    case QuestionType.DATE:
      return (
        <TextInput
          id={id}
          type="date"
          label={label}
          description={help}
          required={question.required}
          error={error}
          w={{ base: '100%', sm: 240 }}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.currentTarget.value || null)}
        />
      );
    case QuestionType.MULTIPLE_CHOICE: {
      const chosen = Array.isArray(value) ? value : [];
      return (
        <ChoiceGroup question={question} label={label} help={help} error={error}>
          <Stack gap="xs">
            {(question.options ?? []).map((option) => (
              <Checkbox
                key={option.value}
                name={question.key}
                value={option.value}
                label={localized(option.label, language)}
                checked={chosen.includes(option.value)}
                size="md"
                aria-invalid={!!error}
                onChange={(event) => {
                  const next = event.currentTarget.checked ? [...chosen, option.value] : chosen.filter((item) => item !== option.value);
                  // In the instrument's order, so the record reads the same however they were ticked.
                  const ordered = (question.options ?? []).map((item) => item.value).filter((item) => next.includes(item));
                  onChange(ordered.length ? ordered : null);
                }}
              />
            ))}
          </Stack>
        </ChoiceGroup>
      );
    }
    case QuestionType.SINGLE_CHOICE:
      return (
        <ChoiceGroup question={question} label={label} help={help} error={error} clearable={value !== null && value !== undefined} onClear={() => onChange(null)}>
          <Stack gap="xs">
            {(question.options ?? []).map((option) => (
              <Radio
                key={option.value}
                name={question.key}
                value={option.value}
                label={localized(option.label, language)}
                checked={value === option.value}
                size="md"
                aria-invalid={!!error}
                onChange={() => onChange(option.value)}
              />
            ))}
          </Stack>
        </ChoiceGroup>
      );
    case QuestionType.YES_NO:
      return (
        <ChoiceGroup question={question} label={label} help={help} error={error} clearable={typeof value === 'boolean'} onClear={() => onChange(null)}>
          <Group gap="lg">
            {[true, false].map((answer) => (
              <Radio
                key={String(answer)}
                name={question.key}
                value={answer ? 'yes' : 'no'}
                label={answer ? t('assessment.answer.yes') : t('assessment.answer.no')}
                checked={value === answer}
                size="md"
                aria-invalid={!!error}
                onChange={() => onChange(answer)}
              />
            ))}
          </Group>
        </ChoiceGroup>
      );
    case QuestionType.SCALE:
      return <ScaleField question={question} label={label} help={help} value={value} onChange={onChange} error={error} />;
  }
}

function ScaleField({ question, label, help, value, onChange, error }: FieldProps & { label: string; help?: string }) {
  const { t, i18n } = useTranslation('carePlan');
  const { min, max, minLabel, maxLabel } = question.scale ?? { min: 0, max: 0 };
  const ends = [
    minLabel ? t('assessment.runner.scaleEnd', { value: min, label: localized(minLabel, i18n.language) }) : null,
    maxLabel ? t('assessment.runner.scaleEnd', { value: max, label: localized(maxLabel, i18n.language) }) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const description = [help, ends].filter(Boolean).join(' ') || undefined;
  if (max - min + 1 > MAX_SCALE_CHOICES) {
    return (
      <NumberAnswer
        id={`answer-${question.key}`}
        label={label}
        description={description}
        required={question.required}
        error={error}
        value={value}
        onChange={onChange}
        min={min}
        max={max}
        allowDecimal={false}
      />
    );
  }
  const steps = Array.from({ length: max - min + 1 }, (_, index) => min + index);
  return (
    <ChoiceGroup question={question} label={label} help={description} error={error} clearable={typeof value === 'number'} onClear={() => onChange(null)}>
      <Group gap="md" wrap="wrap">
        {steps.map((step) => (
          <Radio
            key={step}
            name={question.key}
            value={String(step)}
            label={String(step)}
            checked={value === step}
            size="md"
            aria-invalid={!!error}
            onChange={() => onChange(step)}
          />
        ))}
      </Group>
    </ChoiceGroup>
  );
}

/**
 * A number typed in full before it is an answer: what is half typed ("-", "1.") stays in the
 * field and is sent once it reads as a number. An answer replaced from outside (the saved
 * answers taken after a conflict) shows at once.
 */
function NumberAnswer({
  value,
  onChange,
  ...props
}: Omit<NumberInputProps, 'value' | 'onChange'> & { value: AnswerValue | null | undefined; onChange: (value: number | null) => void }) {
  const answer = typeof value === 'number' ? value : null;
  const [text, setText] = useState<string | number>(answer ?? '');
  const typed = typeof text === 'number' ? text : Number.parseFloat(text);
  const reads = Number.isFinite(typed) ? typed : null;
  if (answer !== reads) setText(answer ?? '');
  return (
    <NumberInput
      {...props}
      w={{ base: '100%', sm: 240 }}
      value={text}
      onChange={(next) => {
        setText(next);
        if (typeof next === 'number') onChange(next);
        else if (next === '') onChange(null);
      }}
    />
  );
}

/** Choices under their question: a fieldset with the question as its legend, help and error described. */
function ChoiceGroup({
  question,
  label,
  help,
  error,
  clearable,
  onClear,
  children,
}: {
  question: Question;
  label: string;
  help?: string;
  error: string | null;
  clearable?: boolean;
  onClear?: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation('carePlan');
  const helpId = `answer-${question.key}-help`;
  const errorId = `answer-${question.key}-error`;
  const describedBy = [help ? helpId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <Fieldset
      variant="unstyled"
      aria-describedby={describedBy}
      legend={
        <Text component="span" size="sm" fw={500}>
          {label}
          {question.required ? (
            <>
              <Text span c="red" aria-hidden>
                {' *'}
              </Text>
              <VisuallyHidden>{t('assessment.runner.requiredMark')}</VisuallyHidden>
            </>
          ) : null}
        </Text>
      }
    >
      <Stack gap={6}>
        {help ? (
          <Text id={helpId} size="xs" c="dimmed">
            {help}
          </Text>
        ) : null}
        {children}
        {error ? (
          <Text id={errorId} size="sm" c="red">
            {error}
          </Text>
        ) : null}
        {clearable && onClear ? (
          <Group>
            <Button size="compact-xs" variant="subtle" color="gray" onClick={onClear} aria-label={t('assessment.runner.clearNamed', { question: label })}>
              {t('assessment.runner.clear')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Fieldset>
  );
}
