import { Injectable } from '@nestjs/common';
import { Field, ID, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditEventModel, ClientViewerModel } from '@waymark/api/audit';
import { Allow, requestLoader, ScopeContext } from '@waymark/api/common';
import { ActorType, ApiScopeContext, AUDIT_ACTORS_MAX, AUDIT_TRAIL_ROLES, Role } from '@waymark/shared/types';
import { ClsService } from 'nestjs-cls';
import { UserService } from './user.service';

const LOADER = Symbol('identity.auditActorNames');

/** A user the audit viewer may filter the trail on. */
@ObjectType('AuditActor')
export class AuditActorModel {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field(() => Role)
  role: Role;

  @Field()
  active: boolean;
}

/**
 * The names of the users an audit page shows (the trail keeps only their ids; the audit
 * layer sits below identity): one query per page, however many events it holds.
 */
@Injectable()
abstract class ActorNames {
  constructor(
    protected readonly users: UserService,
    private readonly cls: ClsService,
  ) {}

  protected name(actorType: string, actorId: string | null): Promise<string | null> {
    // An API client's name is its companion user's (see the api_client migration).
    if ((actorType !== ActorType.USER && actorType !== ActorType.API_CLIENT) || !actorId) return Promise.resolve(null);
    return requestLoader<string, string | null>(this.cls, LOADER, async (ids) => {
      const found = new Map((await this.users.summaries(ids)).map((user) => [user.id, user.displayName]));
      return ids.map((id) => found.get(id) ?? null);
    }).load(actorId);
  }
}

@Resolver(() => AuditEventModel)
export class AuditEventActorResolver extends ActorNames {
  @Query(() => [AuditActorModel], { description: 'Every user of the agency, former ones too, by name: for filtering the audit trail' })
  @Allow(...AUDIT_TRAIL_ROLES)
  // A filter of the audit trail, so an API client reads it with audit:read like the trail itself.
  @ScopeContext(ApiScopeContext.AUDIT)
  auditActors(): Promise<AuditActorModel[]> {
    return this.users.everyone(AUDIT_ACTORS_MAX);
  }

  @ResolveField(() => String, { nullable: true, description: "The acting user's or API client's name (null for the system or someone unknown)" })
  // Part of the trail, as the list of actors is: a key reads it with audit:read.
  @ScopeContext(ApiScopeContext.AUDIT)
  actorName(@Parent() event: AuditEventModel): Promise<string | null> {
    return this.name(event.actorType, event.actorId);
  }
}

@Resolver(() => ClientViewerModel)
export class ClientViewerActorResolver extends ActorNames {
  @ResolveField(() => String, { nullable: true, description: "The reader's name" })
  @ScopeContext(ApiScopeContext.AUDIT)
  actorName(@Parent() viewer: ClientViewerModel): Promise<string | null> {
    return this.name(viewer.actorType, viewer.actorId);
  }
}
