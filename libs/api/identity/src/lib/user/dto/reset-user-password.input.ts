import { Field, InputType } from '@nestjs/graphql';
import { PASSWORD_MAX_LENGTH } from '@waymark/shared/types';
import { IsString, MaxLength } from 'class-validator';
import { UserVersionInput } from './user-version.input';

@InputType()
export class ResetUserPasswordInput extends UserVersionInput {
  @Field({ description: 'A temporary password; the user must change it at next sign-in' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword: string;
}
