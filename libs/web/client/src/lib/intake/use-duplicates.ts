import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { CALENDAR_DATE_PATTERN } from '@waymark/shared/types';
import { optionalText } from '../shared/validators';
import { clientDuplicatesQuery } from './intake.operations';
import type { IntakeValues } from './intake-values';

/** Enough to compare: both names, or a date of birth, a phone or an e-mail. */
function worthChecking(input: { legalFirstName: string; legalLastName: string; dateOfBirth: string | null; phone: string | null; email: string | null }) {
  const bothNames = input.legalFirstName.length >= 2 && input.legalLastName.length >= 2;
  const phoneDigits = (input.phone ?? '').replace(/\D/g, '').length;
  return bothNames || !!input.dateOfBirth || phoneDigits >= 7 || (input.email ?? '').includes('@');
}

/**
 * Likely duplicates of the person being taken in, asked again as names, birth date, phone
 * or e-mail are typed (after a pause), best first, with the reasons they match.
 */
export function useDuplicates(values: IntakeValues) {
  const dateOfBirth = values.dateOfBirth.trim();
  // Debounced as text: a fresh object on every render would restart the pause forever.
  const [key] = useDebouncedValue(
    JSON.stringify({
      legalFirstName: values.legalFirstName.trim(),
      legalLastName: values.legalLastName.trim(),
      dateOfBirth: CALENDAR_DATE_PATTERN.test(dateOfBirth) ? dateOfBirth : null,
      phone: optionalText(values.phone),
      email: optionalText(values.email),
    }),
    400,
  );
  const input = JSON.parse(key) as Parameters<typeof worthChecking>[0];
  const skip = !worthChecking(input);
  const { data, previousData, loading, error } = useQuery(clientDuplicatesQuery, { variables: { input }, skip });
  const candidates = skip ? [] : ((data ?? previousData)?.clientDuplicates ?? []);
  return { candidates, loading, error };
}
