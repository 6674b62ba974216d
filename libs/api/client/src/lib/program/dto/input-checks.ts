import { applyDecorators } from '@nestjs/common';
import { CALENDAR_DATE_PATTERN } from '@waymark/shared/types';
import { Transform } from 'class-transformer';
import { IsISO8601, Matches, ValidateIf } from 'class-validator';

/** Trims typed text (each item of a list too), so '   ' fails a not-empty check. */
export const Trim = () =>
  Transform(({ value }) => {
    const trim = (v: unknown) => (typeof v === 'string' ? v.trim() : v);
    return Array.isArray(value) ? value.map(trim) : trim(value);
  });

/** Trims optional text; blank becomes null. */
export const TrimToNull = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() || null : value));

/** 'YYYY-MM-DD' and a real day of the calendar (no 2025-02-30). */
export const IsCalendarDate = () =>
  applyDecorators(
    Matches(CALENDAR_DATE_PATTERN, { message: ({ property }) => `${property} must be a date as YYYY-MM-DD` }),
    IsISO8601({ strict: true }, { message: ({ property }) => `${property} must be a date as YYYY-MM-DD` }),
  );

/** An update field that may be left out but, when sent, may not be null. */
export const UnlessOmitted = () => ValidateIf((_object, value) => value !== undefined);
