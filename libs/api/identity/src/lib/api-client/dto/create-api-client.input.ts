import { Field, GraphQLISODateTime, InputType } from '@nestjs/graphql';
import { API_CLIENT_ALLOWED_CIDRS_MAX, API_CLIENT_NAME_MAX_LENGTH, API_SCOPES, type ApiScope } from '@waymark/shared/types';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDate, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';

@InputType()
export class CreateApiClientInput {
  @Field({ description: 'What the key is for, e.g. "County EHR": shown in the audit trail' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(API_CLIENT_NAME_MAX_LENGTH)
  name: string;

  @Field(() => [String], { description: `What the key may do, e.g. "client:read": ${API_SCOPES.join(', ')}. Write implies read.` })
  @IsArray()
  @ArrayMinSize(1, { message: 'scopes must name at least one scope' })
  @ArrayMaxSize(API_SCOPES.length)
  @IsIn(API_SCOPES, { each: true, message: `each of scopes must be one of ${API_SCOPES.join(', ')}` })
  scopes: ApiScope[];

  @Field(() => GraphQLISODateTime, { description: 'When the key stops working: in the future, at most two years away' })
  @IsDate()
  expiresAt: Date;

  @Field(() => [String], { defaultValue: [], description: 'The addresses (CIDR ranges, e.g. 203.0.113.0/24) the key may call from; empty means any' })
  @IsArray()
  @ArrayMaxSize(API_CLIENT_ALLOWED_CIDRS_MAX)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  allowedCidrs: string[] = [];
}
