import { Field, ID, InputType } from '@nestjs/graphql';
import { OptionalText } from '@waymark/api/common';
import { RESOURCE_LIST_NOTE_MAX_LENGTH, RESOURCE_LIST_SERVICES_MAX, ResourceListLanguage } from '@waymark/shared/types';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsEnum, IsOptional, IsUUID } from 'class-validator';

@InputType()
export class CreateResourceListInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId: string;

  @Field(() => [ID], { description: `The directory services to hand over, in order: 1 to ${RESOURCE_LIST_SERVICES_MAX}, each once` })
  @IsArray()
  @ArrayMinSize(1, { message: 'serviceIds must name at least one service' })
  @ArrayMaxSize(RESOURCE_LIST_SERVICES_MAX, { message: `serviceIds must name at most ${RESOURCE_LIST_SERVICES_MAX} services` })
  @ArrayUnique({ message: 'serviceIds must name each service once' })
  @IsUUID('all', { each: true, message: 'each of serviceIds must be a service id' })
  serviceIds: string[];

  @Field(() => String, { nullable: true, description: 'A personal note to the client' })
  @OptionalText(RESOURCE_LIST_NOTE_MAX_LENGTH)
  note?: string | null;

  @Field(() => ResourceListLanguage, { nullable: true, description: "Left out: the client's primary language when it is English or Spanish, else English" })
  @IsOptional()
  @IsEnum(ResourceListLanguage, { message: 'language must be EN or ES' })
  language?: ResourceListLanguage | null;
}
