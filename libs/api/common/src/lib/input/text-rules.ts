import { applyDecorators } from '@nestjs/common';
import { EMAIL_MAX_LENGTH, PHONE_MAX_LENGTH, PHONE_PATTERN } from '@waymark/shared/types';
import { IsEmail, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Trim, TrimToNull } from './text-transforms';

/** Text that must be given: trimmed, not blank, at most `max` characters. */
export const RequiredText = (max: number) =>
  applyDecorators(Trim(), IsString(), IsNotEmpty({ message: '$property must not be empty' }), MaxLength(max));

/** Text that may be left out or blank (stored as null), at most `max` characters. */
export const OptionalText = (max: number) => applyDecorators(TrimToNull(), IsOptional(), IsString(), MaxLength(max));

export const OptionalEmail = () =>
  applyDecorators(TrimToNull(), IsOptional(), IsEmail({}, { message: '$property must be a valid e-mail address' }), MaxLength(EMAIL_MAX_LENGTH));

/** A phone number that may be left out or blank (stored as null): digits with the usual punctuation and an extension. */
export const OptionalPhone = () => applyDecorators(Matches(PHONE_PATTERN, { message: '$property must be a phone number' }), OptionalText(PHONE_MAX_LENGTH));
