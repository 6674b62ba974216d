import { Field, ID, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditEventModel } from '@waymark/api/audit';
import { ClientNames } from './client-names.loader';

@ObjectType('AuditEventClient')
export class AuditEventClientModel {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field()
  clientNumber: string;
}

/** The client an audit event is about, by name and number: batched per page (ClientNames). */
@Resolver(() => AuditEventModel)
export class AuditEventClientResolver {
  constructor(private readonly names: ClientNames) {}

  @ResolveField(() => AuditEventClientModel, { nullable: true })
  client(@Parent() event: AuditEventModel) {
    return this.names.load(event.clientId);
  }
}
