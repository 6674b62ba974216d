import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, AllowSignedIn, Idempotent } from '@waymark/api/common';
import { Role } from '@waymark/shared/types';
import { CreateProgramInput } from './dto/create-program.input';
import { ProgramsArgs } from './dto/programs.args';
import { UpdateProgramInput } from './dto/update-program.input';
import { ProgramModel } from './program.model';
import { ProgramService } from './program.service';

@Resolver(() => ProgramModel)
export class ProgramResolver {
  constructor(private readonly service: ProgramService) {}

  @Query(() => [ProgramModel], { description: "The agency's programs by name; inactive ones only when asked" })
  @AllowSignedIn()
  programs(@Args() { includeInactive }: ProgramsArgs) {
    return this.service.list(includeInactive);
  }

  @Mutation(() => ProgramModel)
  @Allow(Role.ADMIN)
  @Idempotent()
  createProgram(@Args('input') input: CreateProgramInput) {
    return this.service.create(input);
  }

  @Mutation(() => ProgramModel, { description: 'Change the fields sent; rules, when sent, replace the rules as a whole' })
  @Allow(Role.ADMIN)
  updateProgram(@Args('input') input: UpdateProgramInput) {
    return this.service.update(input);
  }
}
