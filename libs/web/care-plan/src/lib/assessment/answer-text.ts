import type { TFunction } from 'i18next';
import { localized, QuestionType, type Question } from '@waymark/shared/types';
import { formatCalendarDate } from '@waymark/web/client';

/**
 * An answer as a reader sees it: the chosen options' labels, Yes or No, a date in their
 * language, a number on a scale with its end labels. `t` is bound to the `carePlan` namespace.
 */
export function answerText(question: Question | undefined, value: unknown, language: string, t: TFunction): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return t('assessment.answer.none');
  }
  if (!question) return Array.isArray(value) ? value.join(', ') : String(value);
  const optionLabel = (chosen: unknown) => {
    const option = question.options?.find((candidate) => candidate.value === chosen);
    return option ? localized(option.label, language) : String(chosen);
  };
  switch (question.type) {
    case QuestionType.YES_NO:
      return value === true ? t('assessment.answer.yes') : value === false ? t('assessment.answer.no') : String(value);
    case QuestionType.SINGLE_CHOICE:
      return optionLabel(value);
    case QuestionType.MULTIPLE_CHOICE:
      return (Array.isArray(value) ? value : [value]).map(optionLabel).join('; ');
    case QuestionType.DATE:
      return typeof value === 'string' ? formatCalendarDate(value, language) : String(value);
    case QuestionType.SCALE: {
      const scale = question.scale;
      if (!scale || typeof value !== 'number') return String(value);
      const end = value === scale.min ? scale.minLabel : value === scale.max ? scale.maxLabel : undefined;
      const range = t('assessment.answer.scale', { value, max: scale.max });
      return end ? `${range} (${localized(end, language)})` : range;
    }
    case QuestionType.NUMBER:
      return typeof value === 'number' ? new Intl.NumberFormat(language).format(value) : String(value);
    default:
      return String(value);
  }
}
