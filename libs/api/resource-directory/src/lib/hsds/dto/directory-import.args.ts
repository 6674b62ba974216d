import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { DIRECTORY_IMPORTS_LISTED_DEFAULT, DIRECTORY_IMPORTS_LISTED_MAX, HsdsFormat } from '@waymark/shared/types';
import { IsEnum, IsInt, IsUUID, Max, Min } from 'class-validator';

@ArgsType()
export class DirectoryImportArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an import id' })
  id: string;
}

@ArgsType()
export class DirectoryImportsArgs {
  @Field(() => Int, { defaultValue: DIRECTORY_IMPORTS_LISTED_DEFAULT })
  @IsInt()
  @Min(1)
  @Max(DIRECTORY_IMPORTS_LISTED_MAX)
  first: number = DIRECTORY_IMPORTS_LISTED_DEFAULT;
}

@ArgsType()
export class ExportDirectoryArgs {
  @Field(() => HsdsFormat)
  @IsEnum(HsdsFormat)
  format: HsdsFormat;
}
