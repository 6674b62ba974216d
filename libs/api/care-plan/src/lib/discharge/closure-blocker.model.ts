import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ClosureBlockerKind } from '@waymark/shared/types';

registerEnumType(ClosureBlockerKind, { name: 'ClosureBlockerKind', description: 'A kind of work left undone that stands in the way of closing an enrollment' });

@ObjectType('ClosureBlocker', { description: 'One thing that stands in the way of closing an enrollment' })
export class ClosureBlockerModel {
  @Field(() => ClosureBlockerKind)
  kind: ClosureBlockerKind;

  @Field(() => ID, { description: 'The record in the way (note, task, plan, referral), to open it' })
  id: string;

  @Field({ description: 'A short English description; the SPA words it from kind' })
  description: string;
}
