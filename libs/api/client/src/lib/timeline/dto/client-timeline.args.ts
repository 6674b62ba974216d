import { ArgsType, Field, ID } from '@nestjs/graphql';
import { PageArgs } from '@waymark/api/common';
import { TIMELINE_KINDS, TimelineKind } from '@waymark/shared/types';
import { ArrayMaxSize, IsEnum, IsOptional, IsUUID } from 'class-validator';

@ArgsType()
export class ClientTimelineArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId: string;

  @Field(() => [TimelineKind], { nullable: true, description: 'Only these kinds of entry; all when left out' })
  @IsOptional()
  @ArrayMaxSize(TIMELINE_KINDS.length)
  @IsEnum(TimelineKind, { each: true, message: 'kinds must be timeline kinds' })
  kinds?: TimelineKind[];
}
