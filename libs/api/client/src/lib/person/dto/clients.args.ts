import { ArgsType, Field, ID } from '@nestjs/graphql';
import { OptionalText, PageArgs } from '@waymark/api/common';
import { ClientSort, ClientStatus, RiskLevel, SHORT_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { ArrayUnique, IsArray, IsEnum, IsOptional, IsUUID } from 'class-validator';
import '../client-enums';

@ArgsType()
export class ClientsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'A name (typos and swapped names forgiven), a client number, a date of birth (YYYY-MM-DD or M/D/YYYY) or a phone number' })
  @OptionalText(SHORT_TEXT_MAX_LENGTH)
  search?: string | null;

  @Field(() => [ClientStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsEnum(ClientStatus, { each: true })
  status?: ClientStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Clients with an open enrollment in this program' })
  @IsOptional()
  @IsUUID('all', { message: 'programId must be a program id' })
  programId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Clients with an open enrollment led by this case manager' })
  @IsOptional()
  @IsUUID('all', { message: 'caseManagerId must be a user id' })
  caseManagerId?: string | null;

  @Field(() => RiskLevel, { nullable: true })
  @IsOptional()
  @IsEnum(RiskLevel)
  riskLevel?: RiskLevel | null;

  @Field(() => ClientSort, { nullable: true })
  @IsOptional()
  @IsEnum(ClientSort)
  sort?: ClientSort | null;
}
