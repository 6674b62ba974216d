import { ArgsType, Field, GraphQLISODateTime, ID } from '@nestjs/graphql';
import { OptionalText } from '@waymark/api/common';
import { ConsentCategory, SHORT_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { IsDate, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { ClientIdArgs } from '../../shared/dto/client-id.args';

/** The recipient is exactly one of an agency, a contact of the client, or a name. */
@ArgsType()
export class ConsentDecisionArgs extends ClientIdArgs {
  @Field(() => ConsentCategory)
  @IsEnum(ConsentCategory)
  category: ConsentCategory;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'recipientAgencyId must be an agency id' })
  recipientAgencyId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'recipientContactId must be a contact id' })
  recipientContactId?: string | null;

  @Field(() => String, { nullable: true, description: 'A person or organization named on a consent' })
  @OptionalText(SHORT_TEXT_MAX_LENGTH)
  recipientName?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When; now if left out' })
  @IsOptional()
  @IsDate()
  at?: Date | null;
}
