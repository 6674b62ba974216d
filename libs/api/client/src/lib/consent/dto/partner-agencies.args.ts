import { ArgsType, Field } from '@nestjs/graphql';
import { OptionalText } from '@waymark/api/common';
import { AGENCY_NAME_MAX_LENGTH } from '@waymark/shared/types';

@ArgsType()
export class PartnerAgenciesArgs {
  @Field(() => String, { nullable: true, description: 'A part of the name' })
  @OptionalText(AGENCY_NAME_MAX_LENGTH)
  search?: string | null;
}
