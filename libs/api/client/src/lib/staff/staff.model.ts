import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@waymark/shared/types';
import type { StaffSummary } from '@waymark/api/identity';

/** A worker as client records show them: an author, a case manager, a reviewer. */
@ObjectType('StaffMember')
export class StaffModel {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field(() => Role)
  role: Role;

  @Field()
  active: boolean;

  static from(user: StaffSummary): StaffModel {
    return Object.assign(new StaffModel(), { id: user.id, displayName: user.displayName, role: user.role, active: user.active });
  }
}
