import { applyDecorators } from '@nestjs/common';
import { IsCalendarDate, RequiredText } from '@waymark/api/common';
import { BIRTH_YEAR_MIN, NAME_MAX_LENGTH, todayIsoDate } from '@waymark/shared/types';
import { ValidateBy } from 'class-validator';

/** A person's legal first or last name. */
export const RequiredName = () => RequiredText(NAME_MAX_LENGTH);

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
    IsCalendarDate(),
  );
