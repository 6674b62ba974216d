import { Field, InputType } from '@nestjs/graphql';
import { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH } from '@waymark/shared/types';
import { IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class LoginInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(EMAIL_MAX_LENGTH)
  email: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}
