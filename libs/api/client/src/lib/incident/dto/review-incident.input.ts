import { Field, InputType } from '@nestjs/graphql';
import { LONG_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Trim } from '../../note/dto/text-transforms';
import { IncidentVersionInput } from './incident-version.input';

@InputType()
export class ReviewIncidentInput extends IncidentVersionInput {
  @Field({ description: "The reviewer's findings and sign-off" })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'reviewNote must not be empty' })
  @MaxLength(LONG_TEXT_MAX_LENGTH)
  reviewNote: string;
}
