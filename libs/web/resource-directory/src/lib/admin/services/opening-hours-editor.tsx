import { useRef, useState, type ReactNode } from 'react';
import { ActionIcon, Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { openingProblem, WEEK_FROM_MONDAY, weekdayName, type Weekday, type WeeklyOpening } from '@waymark/shared/types';

/**
 * The service's weekly hours, one group per weekday: each opening is a pair of native time
 * fields (a picker on tablets), with a button to add another opening that day and one to take
 * an opening off. A problem is said under its opening once it is complete, or for every opening
 * once the form refused the hours (`error`, said under the days too). Keyboard users land on
 * what they asked for: an added opening's first field, or the day's "Add hours" after removing one.
 */
export function OpeningHoursEditor({
  value,
  onChange,
  error,
}: {
  value: WeeklyOpening[];
  onChange: (openings: WeeklyOpening[]) => void;
  error?: ReactNode;
}) {
  const { t, i18n } = useTranslation('directory');
  const change = (index: number, patch: Partial<WeeklyOpening>) => onChange(value.map((opening, at) => (at === index ? { ...opening, ...patch } : opening)));
  const [added, setAdded] = useState<number | null>(null);
  const addButtons = useRef(new Map<Weekday, HTMLButtonElement>());
  const add = (weekday: Weekday) => {
    setAdded(value.length);
    onChange([...value, { weekday, opensAt: '09:00', closesAt: '17:00' }]);
  };
  const remove = (index: number) => {
    setAdded(null);
    addButtons.current.get(value[index].weekday)?.focus();
    onChange(value.filter((_, at) => at !== index));
  };

  return (
    <Fieldset legend={t('admin.hours.legend')}>
      <Stack gap="sm">
        {WEEK_FROM_MONDAY.map((weekday) => {
          const day = weekdayName(weekday, i18n.language);
          const openings = value.map((opening, index) => ({ opening, index })).filter(({ opening }) => opening.weekday === weekday);
          return (
            <Group key={weekday} align="flex-start" gap="sm" wrap="wrap" role="group" aria-label={day}>
              <Text fw={600} w={110} pt={6}>
                {day}
              </Text>
              <Stack gap="xs" style={{ flex: 1, minWidth: 260 }}>
                {!openings.length ? (
                  <Text size="sm" c="dimmed" pt={6}>
                    {t('admin.hours.closed')}
                  </Text>
                ) : null}
                {openings.map(({ opening, index }, position) => {
                  const complete = !!opening.opensAt && !!opening.closesAt;
                  const problem = error || complete ? openingProblem(value, index) : null;
                  const label = t('admin.hours.opening', { day, count: position + 1 });
                  return (
                    <Stack key={index} gap={4}>
                      <Group gap="xs" wrap="nowrap" align="flex-end">
                        {(['opensAt', 'closesAt'] as const).map((field) => (
                          <TextInput
                            key={field}
                            type="time"
                            label={t(`admin.hours.${field}`)}
                            aria-label={t(`admin.hours.${field}On`, { opening: label })}
                            value={opening[field]}
                            onChange={(event) => change(index, { [field]: event.currentTarget.value })}
                            error={!!problem}
                            w={130}
                            autoFocus={index === added && field === 'opensAt'}
                          />
                        ))}
                        <ActionIcon variant="subtle" color="red" size="lg" mb={2} aria-label={t('admin.hours.remove', { opening: label })} onClick={() => remove(index)}>
                          <IconTrash size={18} aria-hidden />
                        </ActionIcon>
                      </Group>
                      {problem ? (
                        <Text size="sm" c="red" role="alert">
                          {t(`admin.hours.problem.${problem}`)}
                        </Text>
                      ) : null}
                    </Stack>
                  );
                })}
                <Group>
                  <Button
                    ref={(button) => {
                      if (button) addButtons.current.set(weekday, button);
                    }}
                    variant="subtle"
                    size="xs"
                    leftSection={<IconPlus size={16} aria-hidden />}
                    onClick={() => add(weekday)}
                    aria-label={t('admin.hours.addOn', { day })}
                  >
                    {t('admin.hours.add')}
                  </Button>
                </Group>
              </Stack>
            </Group>
          );
        })}
        {error ? (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        ) : null}
      </Stack>
    </Fieldset>
  );
}
