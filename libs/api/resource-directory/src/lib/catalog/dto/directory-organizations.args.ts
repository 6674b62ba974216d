import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { FilterPageArgs, OptionalText } from '@waymark/api/common';
import { DIRECTORY_SEARCH_TEXT_MAX_LENGTH } from '@waymark/shared/types';

@InputType('DirectoryOrganizationFilter', { description: 'Which of the organizations the agency keeps' })
export class DirectoryOrganizationFilter {
  @Field(() => String, { nullable: true, description: 'Words the name holds' })
  @OptionalText(DIRECTORY_SEARCH_TEXT_MAX_LENGTH)
  search?: string | null;
}

@ArgsType()
export class DirectoryOrganizationsArgs extends FilterPageArgs(DirectoryOrganizationFilter) {}
