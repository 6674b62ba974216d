import { ArgsType, Field, ID, IntersectionType } from '@nestjs/graphql';
import { PageArgs } from '@waymark/api/common';
import { IsUUID } from 'class-validator';

/** One client's records. */
@ArgsType()
export class ClientIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId: string;
}

/** A page of one client's records. */
@ArgsType()
export class ClientPageArgs extends IntersectionType(PageArgs, ClientIdArgs, ArgsType) {}
