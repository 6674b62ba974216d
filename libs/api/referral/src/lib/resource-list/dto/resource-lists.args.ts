import { ArgsType, Field, ID, IntersectionType } from '@nestjs/graphql';
import { PageArgs } from '@waymark/api/common';
import { IsUUID } from 'class-validator';

@ArgsType()
class ResourceListClientArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId: string;
}

/** A page of one client's resource lists, newest first. */
@ArgsType()
export class ResourceListsArgs extends IntersectionType(PageArgs, ResourceListClientArgs, ArgsType) {}
