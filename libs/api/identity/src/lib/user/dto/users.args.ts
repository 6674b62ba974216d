import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '@waymark/api/common';
import { DISPLAY_NAME_MAX_LENGTH, Role } from '@waymark/shared/types';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';

@ArgsType()
export class UsersArgs extends PageArgs {
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
