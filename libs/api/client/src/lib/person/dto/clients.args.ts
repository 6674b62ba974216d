import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { FilterPageArgs, type Order, OrderByField, OrderInput, OptionalText, type PageArgs } from '@waymark/api/common';
import { ClientOrderField, ClientSort, ClientStatus, RiskLevel, SHORT_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { ArrayUnique, IsArray, IsEnum, IsOptional, IsUUID } from 'class-validator';
import '../client-enums';

@InputType('ClientFilter', { description: 'Which clients: found by search, narrowed by status, program, case manager and risk' })
export class ClientFilter {
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
}

export const ClientOrder = OrderInput(
  ClientOrderField,
  'ClientOrder',
  'How clients are ordered: RELEVANCE DESC (best match first) while searching a name, else NAME ASC, unless given; RELEVANCE without a name to match orders by NAME',
);

/** What the client search reads: a page, the criteria and the order (`clients` and `myCaseload`). */
export type ClientListArgs = PageArgs & ClientFilter & { sort?: ClientSort | null; orderBy?: Order<ClientOrderField> | null };

@ArgsType()
export class ClientsArgs extends FilterPageArgs(ClientFilter) {
  @Field(() => ClientSort, { nullable: true, deprecationReason: 'Use orderBy: RELEVANCE is { field: RELEVANCE, direction: DESC }, NAME is { field: NAME, direction: ASC }, RECENT is { field: UPDATED_AT, direction: DESC }' })
  @IsOptional()
  @IsEnum(ClientSort)
  sort?: ClientSort | null;

  @OrderByField(ClientOrder, 'How the clients are ordered (replaces sort)')
  orderBy?: Order<ClientOrderField> | null;
}
