import { Field, InputType, Int } from '@nestjs/graphql';
import { Trim } from '@waymark/api/common';
import {
  DEADLINE_DAYS_MAX,
  FOLLOW_UPS_MAX,
  ELIGIBILITY_AGE_MAX,
  INTAKE_REQUIREMENTS_MAX,
  NAME_MAX_LENGTH,
  RENEWAL_MONTHS_MAX,
  REQUIRED_INSTRUMENTS_MAX,
  RESIDENCY_REGIONS_MAX,
  REVIEW_MONTHS_MAX,
  SHORT_TEXT_MAX_LENGTH,
  VisitKind,
} from '@waymark/shared/types';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, ValidateBy, ValidateNested } from 'class-validator';

/** A maximum age below the minimum would let nobody in. */
const NotBelowMinAge = () =>
  ValidateBy({
    name: 'notBelowMinAge',
    validator: {
      validate: (maxAge, args) => {
        const minAge = (args?.object as EligibilityRulesInput).minAge;
        return typeof maxAge !== 'number' || typeof minAge !== 'number' || maxAge >= minAge;
      },
      defaultMessage: () => 'maxAge must not be below minAge',
    },
  });

@InputType()
export class EligibilityRulesInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(ELIGIBILITY_AGE_MAX)
  minAge?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(ELIGIBILITY_AGE_MAX)
  @NotBelowMinAge()
  maxAge?: number | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  requiresMedicaid: boolean = false;

  @Field(() => [String], { defaultValue: [], description: 'Regions the client must live in; empty means anywhere' })
  @Trim()
  @IsArray()
  @ArrayMaxSize(RESIDENCY_REGIONS_MAX)
  @IsString({ each: true })
  @IsNotEmpty({ each: true, message: 'residencyRegions must not hold an empty region' })
  @MaxLength(NAME_MAX_LENGTH, { each: true })
  residencyRegions: string[] = [];
}

@InputType()
export class ProgramDeadlinesInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(DEADLINE_DAYS_MAX)
  assessmentDays?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(DEADLINE_DAYS_MAX)
  planDays?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(REVIEW_MONTHS_MAX)
  reviewMonths?: number | null;

  @Field(() => Int, { nullable: true, description: 'Days from receiving the person-directed plan to an implementation plan in place' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(DEADLINE_DAYS_MAX)
  implementationPlanDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Months between monitoring reviews (3 for quarterly)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(REVIEW_MONTHS_MAX)
  monitoringEveryMonths?: number | null;
}

@InputType()
export class RequiredInstrumentInput {
  @Field({ description: 'The instrument code, e.g. SOCIAL_NEEDS' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX_LENGTH)
  instrumentCode: string;

  @Field(() => Int, { nullable: true, description: 'Months until it must be renewed; null: once' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(RENEWAL_MONTHS_MAX)
  renewEveryMonths?: number | null;
}

@InputType()
export class VisitScheduleInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(DEADLINE_DAYS_MAX)
  everyDays: number;

  @Field(() => VisitKind)
  @IsEnum(VisitKind)
  kind: VisitKind;
}

/** A program's rules as a whole; a part left out means "no rule". */
@InputType()
export class ProgramRulesInput {
  @Field(() => EligibilityRulesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EligibilityRulesInput)
  eligibility?: EligibilityRulesInput | null;

  @Field(() => [String], { defaultValue: [], description: 'Documents and steps intake must complete, in order' })
  @Trim()
  @IsArray()
  @ArrayMaxSize(INTAKE_REQUIREMENTS_MAX)
  @IsString({ each: true })
  @IsNotEmpty({ each: true, message: 'intakeRequirements must not hold an empty step' })
  @MaxLength(SHORT_TEXT_MAX_LENGTH, { each: true })
  intakeRequirements: string[] = [];

  @Field(() => ProgramDeadlinesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProgramDeadlinesInput)
  deadlines?: ProgramDeadlinesInput | null;

  @Field(() => VisitScheduleInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => VisitScheduleInput)
  visitSchedule?: VisitScheduleInput | null;

  @Field(() => [RequiredInstrumentInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(REQUIRED_INSTRUMENTS_MAX)
  @ValidateNested({ each: true })
  @Type(() => RequiredInstrumentInput)
  requiredInstruments: RequiredInstrumentInput[] = [];

  @Field(() => [Int], { defaultValue: [], description: 'Days after discharge at which the client is followed up, e.g. [30, 60, 90]' })
  @IsArray()
  @ArrayMaxSize(FOLLOW_UPS_MAX)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(DEADLINE_DAYS_MAX, { each: true })
  followUpDays: number[] = [];
}
