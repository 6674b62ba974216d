import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { PlanTemplateGoal } from '@waymark/shared/types';
import { GraphQLJSON } from 'graphql-scalars';
import type { PlanTemplateEntity } from './entities/plan-template.entity';

/** Typical goals and interventions a program offers to start a plan from. */
@ObjectType('PlanTemplate')
export class PlanTemplateModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Send it back with a change; a stale version is refused with CONFLICT' })
  version: number;

  @Field(() => ID, { nullable: true, description: 'The program it is offered for; null: every program' })
  programId: string | null;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => GraphQLJSON, { description: 'PlanTemplateGoal[]: { statement, domain, priority, objectives, interventions } with LocalizedText wording' })
  goals: PlanTemplateGoal[];

  @Field()
  active: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  static from(row: PlanTemplateEntity): PlanTemplateModel {
    return Object.assign(new PlanTemplateModel(), {
      id: row.id,
      version: row.version,
      programId: row.programId,
      name: row.name,
      description: row.description,
      goals: row.goals,
      active: row.active,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    });
  }
}
