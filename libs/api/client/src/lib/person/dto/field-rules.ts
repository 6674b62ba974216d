import { applyDecorators } from '@nestjs/common';
import { BIRTH_YEAR_MIN, CALENDAR_DATE_PATTERN, EMAIL_MAX_LENGTH, NAME_MAX_LENGTH, todayIsoDate } from '@waymark/shared/types';
import { Transform } from 'class-transformer';
import { IsEmail, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateBy, ValidateIf } from 'class-validator';

/** Validation rules the client inputs share. Text is trimmed; optional text left blank becomes null. */

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);

/** May be left out, but not sent as null: the field cannot be emptied. */
export const NotNull = () => ValidateIf((_object, value) => value !== undefined);

export const OptionalText = (max: number) => applyDecorators(Transform(trimToNull), IsOptional(), IsString(), MaxLength(max));

export const RequiredText = (max: number) =>
  applyDecorators(Transform(trim), IsString(), IsNotEmpty({ message: '$property must not be empty' }), MaxLength(max));

export const RequiredName = () => RequiredText(NAME_MAX_LENGTH);

export const OptionalEmail = () =>
  applyDecorators(Transform(trimToNull), IsOptional(), IsEmail({}, { message: '$property must be a valid e-mail address' }), MaxLength(EMAIL_MAX_LENGTH));

/** A real 'YYYY-MM-DD' date, not in the future and not before BIRTH_YEAR_MIN. */
export const IsBirthDate = () =>
  applyDecorators(
    ValidateBy({
      name: 'isBirthDate',
      validator: {
        validate: (value) => typeof value !== 'string' || (value <= todayIsoDate() && Number(value.slice(0, 4)) >= BIRTH_YEAR_MIN),
        defaultMessage: (args) => `${args?.property} must not be in the future or before ${BIRTH_YEAR_MIN}`,
      },
    }),
    IsISO8601({ strict: true }, { message: '$property must be a real calendar date' }),
    Matches(CALENDAR_DATE_PATTERN, { message: '$property must be a date as YYYY-MM-DD' }),
  );
