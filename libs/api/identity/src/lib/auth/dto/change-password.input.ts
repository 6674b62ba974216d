import { Field, InputType } from '@nestjs/graphql';
import { PASSWORD_MAX_LENGTH } from '@waymark/shared/types';
import { IsString, MaxLength } from 'class-validator';

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword: string;

  @Field({ description: 'At least 12 characters and not a common password' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword: string;
}
