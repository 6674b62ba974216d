import { applyDecorators } from '@nestjs/common';
import { CALENDAR_DATE_PATTERN } from '@waymark/shared/types';
import { IsISO8601, Matches } from 'class-validator';

const message = '$property must be a date as YYYY-MM-DD';

/** 'YYYY-MM-DD' and a real day of the calendar (no 2025-02-30). */
export const IsCalendarDate = () => applyDecorators(Matches(CALENDAR_DATE_PATTERN, { message }), IsISO8601({ strict: true }, { message }));
