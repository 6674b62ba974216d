import { ArgsType, Field } from '@nestjs/graphql';
import { TIMELINE_KINDS, TimelineKind } from '@waymark/shared/types';
import { ArrayMaxSize, IsEnum, IsOptional } from 'class-validator';
import { ClientPageArgs } from '../../shared/dto/client-id.args';

@ArgsType()
export class ClientTimelineArgs extends ClientPageArgs {
  @Field(() => [TimelineKind], { nullable: true, description: 'Only these kinds of entry; all when left out' })
  @IsOptional()
  @ArrayMaxSize(TIMELINE_KINDS.length)
  @IsEnum(TimelineKind, { each: true, message: 'kinds must be timeline kinds' })
  kinds?: TimelineKind[];
}
