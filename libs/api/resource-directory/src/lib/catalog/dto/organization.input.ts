import { Field, ID, InputType, IntersectionType, PartialType } from '@nestjs/graphql';
import { OptionalText, UnlessOmitted } from '@waymark/api/common';
import { DIRECTORY_NAME_MAX_LENGTH, DirectoryVisibility } from '@waymark/shared/types';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { DirectoryPhoneInput } from './phone.input';
import { RecordFields } from './record-fields.input';
import { RecordVersionInput } from './record-version.input';
import { DetailList } from './service-details.input';
import { IsWebAddress } from './web-address';

/** What an admin sets on an organization. No initializers: the update input is a partial of it. */
@InputType({ isAbstract: true })
export class OrganizationFields extends RecordFields {
  @Field(() => String, { nullable: true })
  @OptionalText(DIRECTORY_NAME_MAX_LENGTH)
  @IsWebAddress()
  website?: string | null;

  @Field(() => DirectoryVisibility, { description: 'SHARED: every agency sees it; PRIVATE: only yours' })
  @UnlessOmitted()
  @IsEnum(DirectoryVisibility, { message: 'visibility must be SHARED or PRIVATE' })
  visibility: DirectoryVisibility;

  @Field(() => ID, { nullable: true, description: 'Your own agency, when this organization is it: referrals to its services then reach your inbox' })
  @IsOptional()
  @IsUUID('all', { message: 'waymarkAgencyId must be an agency id' })
  waymarkAgencyId?: string | null;

  @Field(() => [DirectoryPhoneInput], { nullable: true, description: 'Replaces its phones as a whole' })
  @DetailList(() => DirectoryPhoneInput)
  phones?: DirectoryPhoneInput[];
}

@InputType()
export class CreateDirectoryOrganizationInput extends OrganizationFields {}

/** Changes the fields sent; a field left out stays, null clears an optional one. */
@InputType()
export class UpdateDirectoryOrganizationInput extends IntersectionType(RecordVersionInput, PartialType(OrganizationFields, { skipNullProperties: false, omitDefaultValues: true })) {}
