import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLISODateTime } from '@nestjs/graphql';
import { Allow, PersonOnly } from '@waymark/api/common';
import { BREAK_GLASS_ROLES } from '@waymark/shared/types';
import { ClientModel } from '../person/client.model';
import { BreakGlassInput } from './dto/break-glass.input';
import { EmergencyAccessModel } from './emergency-access.model';
import { EmergencyAccess } from './emergency-access.service';

@Resolver(() => ClientModel)
export class EmergencyAccessResolver {
  constructor(private readonly emergency: EmergencyAccess) {}

  @Mutation(() => EmergencyAccessModel, {
    description: 'Opens a client the caller has no access to, in an emergency, to read for BREAK_GLASS_MINUTES; recorded (BREAK_GLASS) and reviewed by a supervisor',
  })
  @Allow(...BREAK_GLASS_ROLES)
  @PersonOnly()
  breakGlass(@Args('input') { clientId, reason }: BreakGlassInput) {
    return this.emergency.breakGlass(clientId, reason);
  }

  @ResolveField(() => GraphQLISODateTime, { nullable: true, description: "Until when the caller's emergency access to this record lasts (null: none)" })
  emergencyAccessUntil(@Parent() client: ClientModel): Promise<Date | null> {
    return this.emergency.until(client.id);
  }
}
