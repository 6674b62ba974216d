import { optionalText } from '@waymark/web/client';
import { given, numberOrNull, optionalTexts } from '../shared/to-input';
import type { LocationValues } from './location-dialog';

const ADDRESS_FIELDS = ['line1', 'line2', 'city', 'region', 'stateProvince', 'postalCode', 'country'] as const;

/**
 * The location form's values as the API's inputs take them: the changed fields, and the whole
 * address (from all values) when any part of it changed, or null when it was emptied.
 * Coordinates go together, so a change of either sends both.
 */
export function locationInput(changed: Partial<LocationValues>, all: LocationValues) {
  const { name, description, transportation, timeZone } = changed;
  const addressChanged = ADDRESS_FIELDS.some((field) => changed[field] !== undefined);
  const coordinatesChanged = changed.latitude !== undefined || changed.longitude !== undefined;
  const address = {
    line1: all.line1.trim(),
    line2: optionalText(all.line2),
    city: all.city.trim(),
    region: optionalText(all.region),
    stateProvince: all.stateProvince.trim(),
    postalCode: all.postalCode.trim(),
    country: all.country.trim().toUpperCase(),
  };
  return given({
    ...optionalTexts(given({ name, description, transportation, timeZone })),
    latitude: coordinatesChanged ? numberOrNull(all.latitude) : undefined,
    longitude: coordinatesChanged ? numberOrNull(all.longitude) : undefined,
    address: addressChanged ? (address.line1 ? address : null) : undefined,
  });
}
