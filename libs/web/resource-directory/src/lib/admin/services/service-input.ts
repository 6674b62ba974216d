import { given, numberOrNull, optionalTexts } from '../shared/to-input';
import { toNumber } from '../shared/rules';
import type { CapacityValues } from './capacity-dialog';
import { sortedOpenings } from './opening-hours';
import type { ServiceValues } from './service-dialog';
import { languageName } from '../../search/language-name';

/** The service form's values (all, or the changed ones) as the API's inputs take them; a list sent replaces the service's list. */
export function serviceInput({ name, status, categories, languages, openingHours, locationIds, minimumAge, maximumAge, requiredDocuments, lastVerifiedOn, ...texts }: Partial<ServiceValues>) {
  return given({
    ...optionalTexts(texts),
    name: name?.trim(),
    status,
    categories,
    // HSDS keeps a language's name beside its code; English, as the import's files give it.
    languages: languages?.map((code) => ({ code, name: languageName(code, 'en') })),
    openingHours: openingHours && sortedOpenings(openingHours).map(({ weekday, opensAt, closesAt }) => ({ weekday, opensAt, closesAt })),
    locationIds,
    minimumAge: numberOrNull(minimumAge),
    maximumAge: numberOrNull(maximumAge),
    requiredDocuments: requiredDocuments?.map((document) => document.trim()).filter(Boolean),
    lastVerifiedOn: lastVerifiedOn === undefined ? undefined : lastVerifiedOn || null,
  });
}

export function capacityInput({ unit, available, maximum }: CapacityValues) {
  return { unit: unit.trim(), available: toNumber(available) ?? 0, maximum: toNumber(maximum) };
}
