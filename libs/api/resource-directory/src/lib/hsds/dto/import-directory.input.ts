import { Field, InputType } from '@nestjs/graphql';
import { RequiredText } from '@waymark/api/common';
import { DIRECTORY_IMPORT_FILE_NAME_MAX_LENGTH, DIRECTORY_IMPORT_FILES_MAX, DIRECTORY_IMPORT_TEXT_MAX, DirectoryVisibility, HsdsFormat } from '@waymark/shared/types';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsString, MaxLength, ValidateNested } from 'class-validator';

@InputType('DirectoryFileInput')
export class DirectoryFileInput {
  @Field({ description: 'The file name: for HSDS_CSV it tells the table (services.csv) unless datapackage.json does' })
  @RequiredText(DIRECTORY_IMPORT_FILE_NAME_MAX_LENGTH)
  name: string;

  @Field({ description: `The text of the file (UTF-8); all files together at most ${DIRECTORY_IMPORT_TEXT_MAX} characters` })
  @IsString()
  @MaxLength(DIRECTORY_IMPORT_TEXT_MAX)
  content: string;
}

@InputType()
export class ImportDirectoryInput {
  @Field(() => HsdsFormat)
  @IsEnum(HsdsFormat)
  format: HsdsFormat;

  // DirectoryVisibility is registered as a GraphQL enum once, by the catalog's models.
  @Field(() => DirectoryVisibility, { defaultValue: DirectoryVisibility.SHARED, description: 'Who sees the organizations imported: every agency (SHARED) or yours only' })
  @IsEnum(DirectoryVisibility)
  visibility: DirectoryVisibility = DirectoryVisibility.SHARED;

  @Field(() => [DirectoryFileInput], { description: 'HSDS_JSON: one JSON file; HSDS_CSV: datapackage.json (optional) and a CSV per table' })
  @ValidateNested({ each: true })
  @Type(() => DirectoryFileInput)
  @ArrayMinSize(1)
  @ArrayMaxSize(DIRECTORY_IMPORT_FILES_MAX)
  files: DirectoryFileInput[];
}
