import { Field, InputType } from '@nestjs/graphql';
import { DISPLAY_NAME_MAX_LENGTH, EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH, Role } from '@waymark/shared/types';
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsNotEmpty, IsString, MaxLength } from 'class-validator';

@InputType()
export class CreateUserInput {
  @Field()
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email: string;

  @Field()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty({ message: 'displayName must not be empty' })
  @MaxLength(DISPLAY_NAME_MAX_LENGTH)
  displayName: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;

  @Field({ description: 'Initial password; the user must change it at first sign-in' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}
