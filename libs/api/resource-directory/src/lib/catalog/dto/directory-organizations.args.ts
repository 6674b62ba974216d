import { ArgsType, Field } from '@nestjs/graphql';
import { OptionalText, PageArgs } from '@waymark/api/common';
import { DIRECTORY_SEARCH_TEXT_MAX_LENGTH } from '@waymark/shared/types';

@ArgsType()
export class DirectoryOrganizationsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Words the name holds' })
  @OptionalText(DIRECTORY_SEARCH_TEXT_MAX_LENGTH)
  search?: string | null;
}
