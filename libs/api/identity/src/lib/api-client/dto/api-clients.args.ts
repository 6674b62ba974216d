import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { FilterPageArgs } from '@waymark/api/common';
import { IsBoolean, IsUUID } from 'class-validator';

@InputType('ApiClientFilter', { description: "Which of the agency's API clients" })
export class ApiClientFilter {
  @Field(() => Boolean, { defaultValue: false, description: 'Also list revoked keys' })
  @IsBoolean()
  includeRevoked: boolean = false;
}

@ArgsType()
export class ApiClientsArgs extends FilterPageArgs(ApiClientFilter) {}

@ArgsType()
export class ApiClientIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an API client id' })
  id: string;
}
