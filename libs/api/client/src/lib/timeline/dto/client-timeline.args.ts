import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { FilterPageArgs } from '@waymark/api/common';
import { TIMELINE_KINDS, TimelineKind } from '@waymark/shared/types';
import { ArrayMaxSize, IsEnum, IsOptional } from 'class-validator';
import { ClientPageArgs } from '../../shared/dto/client-id.args';

@InputType('TimelineEntryFilter', { description: "Which entries of a client's timeline" })
export class TimelineEntryFilter {
  @Field(() => [TimelineKind], { nullable: true, description: 'Only these kinds of entry; all when left out' })
  @IsOptional()
  @ArrayMaxSize(TIMELINE_KINDS.length)
  @IsEnum(TimelineKind, { each: true, message: 'kinds must be timeline kinds' })
  kinds?: TimelineKind[];
}

@ArgsType()
export class ClientTimelineArgs extends FilterPageArgs(TimelineEntryFilter, ClientPageArgs) {}
