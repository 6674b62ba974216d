import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Idempotent, PersonOnly } from '@waymark/api/common';
import { Role } from '@waymark/shared/types';
import { ChangeUserRoleInput } from './dto/change-user-role.input';
import { CreateUserInput } from './dto/create-user.input';
import { ResetUserPasswordInput } from './dto/reset-user-password.input';
import { UserIdArgs } from './dto/user-id.args';
import { UserVersionInput } from './dto/user-version.input';
import { UsersArgs } from './dto/users.args';
import { UserConnection, UserModel } from './user.model';
import { UserService } from './user.service';

@Resolver(() => UserModel)
export class UserResolver {
  constructor(private readonly users: UserService) {}

  @Query(() => UserConnection, { name: 'users', description: "The agency's users, by name" })
  @Allow(Role.ADMIN)
  list(@Args() args: UsersArgs) {
    return this.users.list(args.withCriteria());
  }

  @Query(() => UserModel)
  @Allow(Role.ADMIN)
  user(@Args() { id }: UserIdArgs) {
    return this.users.get(id);
  }

  @Mutation(() => UserModel, { description: 'Create a user with a temporary password they must change at first sign-in' })
  @Allow(Role.ADMIN)
  @Idempotent()
  @PersonOnly()
  createUser(@Args('input') input: CreateUserInput) {
    return this.users.create(input);
  }

  @Mutation(() => UserModel)
  @Allow(Role.ADMIN)
  @PersonOnly()
  changeUserRole(@Args('input') input: ChangeUserRoleInput) {
    return this.users.changeRole(input);
  }

  @Mutation(() => UserModel, { description: "Deactivate a user; their sessions end at once" })
  @Allow(Role.ADMIN)
  @PersonOnly()
  deactivateUser(@Args('input') input: UserVersionInput) {
    return this.users.deactivate(input);
  }

  @Mutation(() => UserModel)
  @Allow(Role.ADMIN)
  @PersonOnly()
  reactivateUser(@Args('input') input: UserVersionInput) {
    return this.users.reactivate(input);
  }

  @Mutation(() => UserModel, { description: "Set a temporary password, unlock, and end the user's sessions" })
  @Allow(Role.ADMIN)
  @PersonOnly()
  resetUserPassword(@Args('input') input: ResetUserPasswordInput) {
    return this.users.resetPassword(input);
  }

  @Mutation(() => UserModel, { description: 'Lift a lockout after failed sign-ins' })
  @Allow(Role.ADMIN)
  @PersonOnly()
  unlockUser(@Args('input') input: UserVersionInput) {
    return this.users.unlock(input);
  }
}
