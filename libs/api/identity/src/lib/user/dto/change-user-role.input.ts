import { Field, InputType } from '@nestjs/graphql';
import { Role } from '@waymark/shared/types';
import { IsEnum } from 'class-validator';
import { UserVersionInput } from './user-version.input';

@InputType()
export class ChangeUserRoleInput extends UserVersionInput {
  @Field(() => Role)
  @IsEnum(Role)
  role: Role;
}
