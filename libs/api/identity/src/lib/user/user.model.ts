import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@waymark/api/common';
import { Role } from '@waymark/shared/types';
import type { UserEntity } from './user.entity';

registerEnumType(Role, { name: 'Role', description: "A user's role within their agency" });

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => Role)
  role: Role;

  @Field()
  active: boolean;

  @Field({ description: 'The user must choose a new password before doing anything else' })
  mustChangePassword: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Set while sign-in is locked after repeated failures' })
  lockedUntil: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastLoginAt: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => Int, { description: 'Send it back with a change; a stale version is refused with CONFLICT' })
  version: number;

  static from(user: UserEntity): UserModel {
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      active: user.active,
      mustChangePassword: user.mustChangePassword,
      lockedUntil: user.lockedUntil && user.lockedUntil > new Date() ? user.lockedUntil : null,
      lastLoginAt: user.lastLoginAt,
      createdAt: user.createdAt,
      version: user.version,
    };
  }
}

@ObjectType()
export class UserConnection extends Connection(UserModel, 'User') {
  @Field(() => Int)
  totalCount: number;
}
