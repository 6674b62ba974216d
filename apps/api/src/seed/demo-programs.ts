import type { ProgramRules } from '@waymark/shared/types';

/**
 * The demo programs and their rules as data. The shape is ProgramRules (shared types): the
 * program area validates it and the care-plan work reads deadlines and visit schedules from it.
 */
export interface DemoProgram {
  code: string;
  name: string;
  description: string;
  rules: ProgramRules & { visitSchedule: NonNullable<ProgramRules['visitSchedule']> };
}

export const DEMO_PROGRAMS = {
  HCBS: {
    code: 'HCBS',
    name: 'Home and Community-based Services',
    description: 'Supports that let older adults and people with disabilities live at home instead of in a facility.',
    rules: {
      eligibility: { minAge: 18, maxAge: null, requiresMedicaid: true, residencyRegions: ['CA'] },
      intakeRequirements: ['Medicaid (Medi-Cal) eligibility verified', 'Nursing-facility level-of-care assessment', 'Signed consent to services', 'Photo identification'],
      deadlines: { assessmentDays: 30, planDays: 10, reviewMonths: 3, implementationPlanDays: null, monitoringEveryMonths: 3 },
      visitSchedule: { everyDays: 30, kind: 'HOME_VISIT' },
      requiredInstruments: [
        { instrumentCode: 'PSYCHOSOCIAL', renewEveryMonths: 12 },
        { instrumentCode: 'FUNCTIONAL', renewEveryMonths: 12 },
      ],
      followUpDays: [30, 60, 90],
    },
  },
  FC: {
    code: 'FC',
    name: 'Foster Care',
    description: 'Case management for children and youth in out-of-home placement, up to extended foster care at 21.',
    rules: {
      eligibility: { minAge: 0, maxAge: 21, requiresMedicaid: false, residencyRegions: ['CA'] },
      intakeRequirements: ['Court order or voluntary placement agreement', 'Placement agreement with the resource family', 'Health and education passport'],
      deadlines: { assessmentDays: 30, planDays: 60, reviewMonths: 6, implementationPlanDays: null, monitoringEveryMonths: 3 },
      visitSchedule: { everyDays: 30, kind: 'HOME_VISIT' },
      requiredInstruments: [{ instrumentCode: 'PSYCHOSOCIAL', renewEveryMonths: 6 }],
      followUpDays: [30, 90],
    },
  },
  SHL: {
    code: 'SHL',
    name: 'Supported Home Living',
    description: 'Support for adults with intellectual and developmental disabilities living in their own homes.',
    rules: {
      eligibility: { minAge: 18, maxAge: null, requiresMedicaid: true, residencyRegions: ['CA'] },
      intakeRequirements: ['ICAP assessment (renewed every three years)', 'Person-directed plan', 'Residential support agreement'],
      deadlines: { assessmentDays: 30, planDays: 10, reviewMonths: 3, implementationPlanDays: 10, monitoringEveryMonths: 3 },
      visitSchedule: { everyDays: 30, kind: 'HOME_VISIT' },
      requiredInstruments: [
        { instrumentCode: 'PSYCHOSOCIAL', renewEveryMonths: 12 },
        { instrumentCode: 'FUNCTIONAL', renewEveryMonths: 36 },
      ],
      followUpDays: [30, 60, 90],
    },
  },
  BH: {
    code: 'BH',
    name: 'Behavioral Health',
    description: 'Care coordination for people living with mental illness or substance use disorders.',
    rules: {
      eligibility: { minAge: 12, maxAge: null, requiresMedicaid: false, residencyRegions: ['CA'] },
      intakeRequirements: ['Behavioral health screening (PHQ-9, GAD-7)', 'Safety plan where risk is identified', 'Release of information for treating providers'],
      deadlines: { assessmentDays: 14, planDays: 30, reviewMonths: 3, implementationPlanDays: null, monitoringEveryMonths: 3 },
      visitSchedule: { everyDays: 14, kind: 'OFFICE_VISIT' },
      requiredInstruments: [
        { instrumentCode: 'PSYCHOSOCIAL', renewEveryMonths: 12 },
        { instrumentCode: 'SOCIAL_NEEDS', renewEveryMonths: 6 },
      ],
      followUpDays: [30, 60, 90],
    },
  },
  DCM: {
    code: 'DCM',
    name: 'Disaster Case Management',
    description: 'Recovery planning with households that lost housing, income or belongings in a declared disaster.',
    rules: {
      eligibility: { minAge: 18, maxAge: null, requiresMedicaid: false, residencyRegions: ['CA'] },
      intakeRequirements: ['FEMA registration number', 'Disaster-caused unmet needs documented', 'Proof of pre-disaster address'],
      deadlines: { assessmentDays: 14, planDays: 30, reviewMonths: 1, implementationPlanDays: null, monitoringEveryMonths: null },
      visitSchedule: { everyDays: 30, kind: 'PHONE_CALL' },
      requiredInstruments: [{ instrumentCode: 'SOCIAL_NEEDS', renewEveryMonths: 6 }],
      followUpDays: [30, 60, 90],
    },
  },
} satisfies Record<string, DemoProgram>;

export type ProgramCode = keyof typeof DEMO_PROGRAMS;
