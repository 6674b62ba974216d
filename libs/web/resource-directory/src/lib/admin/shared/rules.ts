import type { TFunction } from 'i18next';
import { agesOutOfOrder, COORDINATE_LIMITS, DIRECTORY_AGE_MAX, isWebAddress, unpairedCoordinate } from '@waymark/shared/types';

/*
 * Field checks of the directory's forms beyond length (textRule from the client kit): the same
 * bounds the API and the HSDS import hold, from @waymark/shared/types and the tables' checks.
 * `t` is bound to the `directory` namespace.
 */

/** A number field's value: '' while empty, as Mantine's NumberInput holds it. */
export type NumberValue = number | string;

export function toNumber(value: NumberValue): number | null {
  if (value === '' || value === null || value === undefined) return null;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? number : null;
}

/** Ages are whole years from 0 to DIRECTORY_AGE_MAX, and the lower limit is not above the upper. */
export function ageRule(t: TFunction, other: 'minimumAge' | 'maximumAge') {
  return (value: NumberValue, values: { minimumAge: NumberValue; maximumAge: NumberValue }): string | null => {
    const age = toNumber(value);
    if (age === null) return null;
    if (!Number.isInteger(age) || age < 0 || age > DIRECTORY_AGE_MAX) return t('admin.validation.age', { max: DIRECTORY_AGE_MAX });
    const limit = toNumber(values[other]);
    return (other === 'maximumAge' ? agesOutOfOrder(age, limit) : agesOutOfOrder(limit, age)) ? t('admin.validation.ageOrder') : null;
  };
}

/** Latitude and longitude within COORDINATE_LIMITS; one without the other is refused, as the table refuses it. */
export function coordinateRule(t: TFunction, axis: 'latitude' | 'longitude') {
  return (value: NumberValue, values: { latitude: NumberValue; longitude: NumberValue }): string | null => {
    const number = toNumber(value);
    if (unpairedCoordinate(toNumber(values.latitude), toNumber(values.longitude)) === axis) return t('admin.validation.coordinatePair');
    return number !== null && Math.abs(number) > COORDINATE_LIMITS[axis] ? t(`admin.validation.${axis}`) : null;
  };
}

/** A whole count of zero or more (capacity). */
export function countRule(t: TFunction, { required = false } = {}) {
  return (value: NumberValue): string | null => {
    const number = toNumber(value);
    if (number === null) return required ? t('admin.validation.required') : null;
    return Number.isInteger(number) && number >= 0 ? null : t('admin.validation.count');
  };
}

/** A web address the directory can link to: http(s) only, as the API and the HSDS import take. */
export function urlRule(t: TFunction) {
  return (value: string): string | null => {
    const text = value.trim();
    return !text || isWebAddress(text) ? null : t('admin.validation.url');
  };
}
