import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { normalizeProgramRules, VisitKind } from '@waymark/shared/types';
import type { ProgramEntity } from './entities/program.entity';

registerEnumType(VisitKind, { name: 'VisitKind', description: 'The contact a visit schedule asks for; ANY_CONTACT counts every note type' });

@ObjectType('EligibilityRules')
export class EligibilityRulesModel {
  @Field(() => Int, { nullable: true })
  minAge: number | null;

  @Field(() => Int, { nullable: true })
  maxAge: number | null;

  @Field()
  requiresMedicaid: boolean;

  @Field(() => [String], { description: 'Regions the client must live in; empty means anywhere' })
  residencyRegions: string[];
}

@ObjectType('ProgramDeadlines', { description: 'What the care-plan work counts from enrollment' })
export class ProgramDeadlinesModel {
  @Field(() => Int, { nullable: true, description: 'Days from enrollment to a completed assessment' })
  assessmentDays: number | null;

  @Field(() => Int, { nullable: true, description: 'Days from the assessment to a plan in place' })
  planDays: number | null;

  @Field(() => Int, { nullable: true, description: 'Months between plan reviews' })
  reviewMonths: number | null;

  @Field(() => Int, { nullable: true, description: 'Days from receiving the person-directed plan to an implementation plan in place' })
  implementationPlanDays: number | null;

  @Field(() => Int, { nullable: true, description: 'Months between monitoring reviews (3 for quarterly)' })
  monitoringEveryMonths: number | null;
}

@ObjectType('RequiredInstrument', { description: 'An assessment instrument the program requires, and how often it is renewed' })
export class RequiredInstrumentModel {
  @Field()
  instrumentCode: string;

  @Field(() => Int, { nullable: true, description: 'Months until it must be renewed; null: once' })
  renewEveryMonths: number | null;
}

@ObjectType('VisitSchedule')
export class VisitScheduleModel {
  @Field(() => Int)
  everyDays: number;

  @Field(() => VisitKind)
  kind: VisitKind;
}

@ObjectType('ProgramRules')
export class ProgramRulesModel {
  @Field(() => EligibilityRulesModel)
  eligibility: EligibilityRulesModel;

  @Field(() => [String], { description: 'Documents and steps intake must complete, in order' })
  intakeRequirements: string[];

  @Field(() => ProgramDeadlinesModel)
  deadlines: ProgramDeadlinesModel;

  @Field(() => VisitScheduleModel, { nullable: true })
  visitSchedule: VisitScheduleModel | null;

  @Field(() => [RequiredInstrumentModel])
  requiredInstruments: RequiredInstrumentModel[];

  @Field(() => [Int], { description: 'Days after discharge at which the client is followed up' })
  followUpDays: number[];
}

@ObjectType('Program')
export class ProgramModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field({ description: 'Inactive programs take no new enrollments or screens' })
  active: boolean;

  @Field(() => ProgramRulesModel)
  rules: ProgramRulesModel;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  static from(program: ProgramEntity): ProgramModel {
    return {
      id: program.id,
      version: program.version,
      code: program.code,
      name: program.name,
      description: program.description,
      active: program.active,
      rules: normalizeProgramRules(program.rules),
      createdAt: program.createdAt,
      updatedAt: program.updatedAt,
    };
  }
}
