import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, AllowSignedIn, Idempotent } from '@waymark/api/common';
import { Role } from '@waymark/shared/types';
import { CreateInstrumentRevisionInput } from './dto/create-instrument-revision.input';
import { InstrumentIdArgs } from './dto/instrument-id.args';
import { InstrumentsArgs } from './dto/instruments.args';
import { SetInstrumentActiveInput } from './dto/set-instrument-active.input';
import { InstrumentModel } from './instrument.model';
import { InstrumentService } from './instrument.service';

/** Instruments are the agency's forms, not client data: every worker reads them, admins publish them. */
@Resolver(() => InstrumentModel)
export class InstrumentResolver {
  constructor(private readonly service: InstrumentService) {}

  @Query(() => [InstrumentModel], { description: 'The latest revision of each instrument, by name; retired ones only when asked' })
  @AllowSignedIn()
  instruments(@Args() { includeInactive }: InstrumentsArgs) {
    return this.service.list(includeInactive);
  }

  @Query(() => InstrumentModel, { nullable: true, description: 'One revision (also an older one an assessment was answered on)' })
  @AllowSignedIn()
  instrument(@Args() { id }: InstrumentIdArgs) {
    return this.service.get(id);
  }

  @Mutation(() => InstrumentModel, { description: "Publish an instrument's next revision (or its first); the definition is checked and each problem named" })
  @Allow(Role.ADMIN)
  @Idempotent()
  createInstrumentRevision(@Args('input') input: CreateInstrumentRevisionInput) {
    return this.service.createRevision(input);
  }

  @Mutation(() => InstrumentModel, { description: 'Retire a revision (no new assessments of it) or bring it back' })
  @Allow(Role.ADMIN)
  setInstrumentActive(@Args('input') input: SetInstrumentActiveInput) {
    return this.service.setActive(input);
  }
}
