import { ArgsType, Field, InputType, registerEnumType } from '@nestjs/graphql';
import { FilterPageArgs, type Order, OrderByField, OrderInput } from '@waymark/api/common';
import { DISPLAY_NAME_MAX_LENGTH, Role } from '@waymark/shared/types';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';

@InputType('UserFilter', { description: "Which of the agency's users" })
export class UserFilter {
  @Field(() => String, { nullable: true, description: 'Part of a name or e-mail' })
  @IsOptional()
  @IsString()
  @MaxLength(DISPLAY_NAME_MAX_LENGTH)
  search?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  includeInactive: boolean = false;
}

/** What the users list can be ordered by (then by id, so pages never overlap). */
export const UserOrderField = { NAME: 'NAME', EMAIL: 'EMAIL' } as const;
export type UserOrderField = (typeof UserOrderField)[keyof typeof UserOrderField];
registerEnumType(UserOrderField, { name: 'UserOrderField', description: 'NAME: display name; EMAIL: sign-in address' });

export const UserOrder = OrderInput(UserOrderField, 'UserOrder', 'How the users list is ordered: by name, A to Z, unless given');

@ArgsType()
export class UsersArgs extends FilterPageArgs(UserFilter) {
  @OrderByField(UserOrder, 'NAME ASC unless given')
  orderBy?: Order<UserOrderField> | null;
}
