import { AGENCY_NAME_MAX_LENGTH, DISPLAY_NAME_MAX_LENGTH, EMAIL_MAX_LENGTH } from '@waymark/shared/types';
import { Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsNotEmpty, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';

export class NewAgencyAdmin {
  @IsEmail({}, { message: 'admin e-mail must be a valid e-mail address' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(DISPLAY_NAME_MAX_LENGTH)
  displayName: string;

  @IsString()
  password: string;

  @IsBoolean()
  mustChangePassword: boolean;
}

/** A tenant and its first admin, as the CLI and the seed create them. */
export class NewAgency {
  @IsString()
  @IsNotEmpty()
  @MaxLength(AGENCY_NAME_MAX_LENGTH)
  name: string;

  @Matches(/^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$/, { message: 'slug must be 1–50 lower-case letters, digits and inner hyphens' })
  slug: string;

  @ValidateNested()
  @Type(() => NewAgencyAdmin)
  admin: NewAgencyAdmin;
}
