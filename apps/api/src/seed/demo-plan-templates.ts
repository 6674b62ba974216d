import { type LifeDomain, type LocalizedText, type PlanTemplateGoal } from '@waymark/shared/types';
import type { ProgramCode } from './demo-programs';

const say = (en: string, es: string): LocalizedText => ({ en, es });

/**
 * Typical goals, one per life domain a need is found in, as a client might say them, each with
 * a measurable objective and who does what how often. The demo templates are made of them, and
 * the seed's care plans turn assessment needs into them.
 */
export const DEMO_GOALS = {
  HOUSING: {
    statement: say('I want a safe place of my own that I can afford.', 'Quiero un lugar seguro y propio que pueda pagar.'),
    domain: 'HOUSING',
    priority: 'HIGH',
    objectives: [
      {
        description: say('Apply for housing programs the client qualifies for', 'Solicitar los programas de vivienda para los que califica'),
        measure: say('Applications submitted', 'Solicitudes presentadas'),
        baseline: say('None submitted', 'Ninguna presentada'),
        target: say('3 applications submitted', '3 solicitudes presentadas'),
      },
      {
        description: say('Move into stable housing', 'Mudarse a una vivienda estable'),
        measure: say('Signed lease or housing placement', 'Contrato firmado o colocación en vivienda'),
        baseline: say('Staying with others / at risk of losing housing', 'Viviendo con otros / en riesgo de perder la vivienda'),
        target: say('In stable housing for 90 days', 'En vivienda estable por 90 días'),
      },
    ],
    interventions: [
      { description: say('Help complete housing applications and gather documents', 'Ayudar a llenar solicitudes de vivienda y reunir documentos'), responsible: 'CASE_MANAGER', frequency: say('Weekly until submitted', 'Semanal hasta presentarlas') },
      { description: say('Call the housing authority about the waitlist status', 'Llamar a la autoridad de vivienda sobre el estado de la lista de espera'), responsible: 'CLIENT', frequency: say('Every two weeks', 'Cada dos semanas') },
    ],
  },
  FOOD: {
    statement: say("I don't want to worry about running out of food at the end of the month.", 'No quiero preocuparme por quedarme sin comida a fin de mes.'),
    domain: 'FOOD',
    priority: 'HIGH',
    objectives: [
      {
        description: say('Enroll in CalFresh and use a food pantry', 'Inscribirse en CalFresh y usar una despensa de alimentos'),
        measure: say('Days in the month without enough food, as reported', 'Días del mes sin suficiente comida, según lo reportado'),
        baseline: say('About 7 days a month', 'Unos 7 días al mes'),
        target: say('0 days a month', '0 días al mes'),
      },
    ],
    interventions: [
      { description: say('Help apply for CalFresh benefits', 'Ayudar a solicitar los beneficios de CalFresh'), responsible: 'CASE_MANAGER', frequency: say('Once, then follow up monthly', 'Una vez, luego seguimiento mensual') },
      { description: say('Food pantry visits', 'Visitas a la despensa de alimentos'), responsible: 'REFERRAL', frequency: say('Weekly', 'Semanal') },
    ],
  },
  TRANSPORTATION: {
    statement: say('I want to get to my appointments without missing them because of a ride.', 'Quiero llegar a mis citas sin faltar por no tener transporte.'),
    domain: 'TRANSPORTATION',
    priority: 'MEDIUM',
    objectives: [
      {
        description: say('Set up reliable transportation to appointments', 'Organizar transporte confiable a las citas'),
        measure: say('Appointments missed for lack of a ride, per month', 'Citas perdidas por falta de transporte, por mes'),
        baseline: say('2 a month', '2 al mes'),
        target: say('0 a month', '0 al mes'),
      },
    ],
    interventions: [
      { description: say('Enroll in the health plan’s medical transportation benefit', 'Inscribirse en el beneficio de transporte médico del plan de salud'), responsible: 'CASE_MANAGER', frequency: say('Once', 'Una vez') },
      { description: say('Book rides at least 3 days before each appointment', 'Reservar transporte al menos 3 días antes de cada cita'), responsible: 'CLIENT', frequency: say('Before each appointment', 'Antes de cada cita') },
    ],
  },
  UTILITIES: {
    statement: say('I want to keep my lights and water on.', 'Quiero mantener la luz y el agua.'),
    domain: 'UTILITIES',
    priority: 'HIGH',
    objectives: [
      {
        description: say('Get utility bills current with assistance and a payment plan', 'Poner al día las facturas con ayuda y un plan de pagos'),
        measure: say('Past-due balance', 'Saldo vencido'),
        baseline: say('Shut-off notice received', 'Aviso de corte recibido'),
        target: say('No past-due balance; no shut-off notices for 6 months', 'Sin saldo vencido; sin avisos de corte por 6 meses'),
      },
    ],
    interventions: [
      { description: say('Apply for energy bill assistance (LIHEAP) and the utility’s discount rate', 'Solicitar ayuda con la factura de energía (LIHEAP) y la tarifa con descuento'), responsible: 'CASE_MANAGER', frequency: say('Once', 'Una vez') },
      { description: say('Call the utility to set up a payment plan', 'Llamar a la compañía para acordar un plan de pagos'), responsible: 'CLIENT', frequency: say('Once, with the case manager', 'Una vez, con el administrador de casos') },
    ],
  },
  SAFETY: {
    statement: say('I want to feel safe where I live.', 'Quiero sentirme seguro donde vivo.'),
    domain: 'SAFETY',
    priority: 'HIGH',
    objectives: [
      {
        description: say('Have a written safety plan the client knows how to use', 'Tener un plan de seguridad escrito que el cliente sepa usar'),
        measure: say('Safety plan reviewed with the client', 'Plan de seguridad revisado con el cliente'),
        baseline: say('No safety plan', 'Sin plan de seguridad'),
        target: say('Safety plan in place and reviewed monthly', 'Plan de seguridad vigente y revisado cada mes'),
      },
    ],
    interventions: [
      { description: say('Make and review a safety plan with the client', 'Hacer y revisar un plan de seguridad con el cliente'), responsible: 'CASE_MANAGER', frequency: say('Monthly', 'Mensual') },
      { description: say('Advocacy and counseling at the family safety center', 'Apoyo y consejería en el centro de seguridad familiar'), responsible: 'REFERRAL', frequency: say('As the client chooses', 'Según lo decida el cliente') },
    ],
  },
  INCOME: {
    statement: say('I want enough money coming in to pay my bills every month.', 'Quiero tener suficiente dinero para pagar mis cuentas cada mes.'),
    domain: 'INCOME',
    priority: 'MEDIUM',
    objectives: [
      {
        description: say('Apply for the benefits the client is eligible for', 'Solicitar los beneficios para los que el cliente es elegible'),
        measure: say('Monthly household income', 'Ingreso mensual del hogar'),
        baseline: say('Not enough to cover rent and food', 'No alcanza para la renta y la comida'),
        target: say('Income covers rent, food and utilities', 'El ingreso cubre renta, comida y servicios'),
      },
      {
        description: say('Make a monthly budget', 'Hacer un presupuesto mensual'),
        measure: say('Budget written and followed', 'Presupuesto escrito y seguido'),
        baseline: say('No budget', 'Sin presupuesto'),
        target: say('Budget followed 3 months in a row', 'Presupuesto seguido 3 meses seguidos'),
      },
    ],
    interventions: [
      { description: say('Screen for benefits and help with applications', 'Revisar la elegibilidad para beneficios y ayudar con las solicitudes'), responsible: 'CASE_MANAGER', frequency: say('Monthly', 'Mensual') },
      { description: say('Budgeting sessions with a financial coach', 'Sesiones de presupuesto con un asesor financiero'), responsible: 'REFERRAL', frequency: say('Twice a month', 'Dos veces al mes') },
    ],
  },
  EMPLOYMENT: {
    statement: say('I want a steady job.', 'Quiero un trabajo estable.'),
    domain: 'EMPLOYMENT',
    priority: 'MEDIUM',
    objectives: [
      {
        description: say('Apply for jobs that fit the client’s skills and schedule', 'Solicitar trabajos que se ajusten a sus habilidades y horario'),
        measure: say('Job applications a week', 'Solicitudes de empleo por semana'),
        baseline: say('0 a week', '0 por semana'),
        target: say('3 a week until hired', '3 por semana hasta ser contratado'),
      },
    ],
    interventions: [
      { description: say('Résumé and interview practice at the job center', 'Currículum y práctica de entrevistas en el centro de empleo'), responsible: 'REFERRAL', frequency: say('Weekly', 'Semanal') },
      { description: say('Check in on applications and interviews', 'Revisar solicitudes y entrevistas'), responsible: 'CASE_MANAGER', frequency: say('Every two weeks', 'Cada dos semanas') },
    ],
  },
  PHYSICAL_HEALTH: {
    statement: say('I want to take care of my health and see a doctor regularly.', 'Quiero cuidar mi salud y ver a un médico con regularidad.'),
    domain: 'PHYSICAL_HEALTH',
    priority: 'MEDIUM',
    objectives: [
      {
        description: say('Establish care with a primary care provider', 'Establecer atención con un médico de cabecera'),
        measure: say('Primary care visits kept', 'Citas de atención primaria cumplidas'),
        baseline: say('No primary care provider', 'Sin médico de cabecera'),
        target: say('First visit done; follow-ups kept', 'Primera cita hecha; seguimientos cumplidos'),
      },
    ],
    interventions: [
      { description: say('Help choose a clinic and book the first visit', 'Ayudar a elegir una clínica y reservar la primera cita'), responsible: 'CASE_MANAGER', frequency: say('Once', 'Una vez') },
      { description: say('Keep a list of medications and bring it to visits', 'Llevar una lista de medicamentos a las citas'), responsible: 'CLIENT', frequency: say('Each visit', 'En cada cita') },
    ],
  },
  MENTAL_HEALTH: {
    statement: say('I want to feel better and handle my stress.', 'Quiero sentirme mejor y manejar mi estrés.'),
    domain: 'MENTAL_HEALTH',
    priority: 'HIGH',
    objectives: [
      {
        description: say('Attend counseling and take medication as prescribed', 'Asistir a consejería y tomar los medicamentos según las indicaciones'),
        measure: say('Counseling sessions attended a month; self-rated mood (1–5)', 'Sesiones de consejería por mes; estado de ánimo autoevaluado (1–5)'),
        baseline: say('Not in counseling; mood 2 of 5', 'Sin consejería; ánimo 2 de 5'),
        target: say('3 or more sessions a month; mood 4 of 5', '3 o más sesiones al mes; ánimo 4 de 5'),
      },
    ],
    interventions: [
      { description: say('Outpatient counseling', 'Consejería ambulatoria'), responsible: 'PROVIDER', frequency: say('Weekly', 'Semanal') },
      { description: say('Check in on appointments and how the client is feeling', 'Preguntar por las citas y cómo se siente el cliente'), responsible: 'CASE_MANAGER', frequency: say('Every two weeks', 'Cada dos semanas') },
    ],
  },
  SUBSTANCE_USE: {
    statement: say('I want to cut back on drinking so it stops causing me problems.', 'Quiero beber menos para que deje de causarme problemas.'),
    domain: 'SUBSTANCE_USE',
    priority: 'HIGH',
    objectives: [
      {
        description: say('Take part in substance use treatment', 'Participar en tratamiento por uso de sustancias'),
        measure: say('Days of use in the past 30 days, as reported', 'Días de consumo en los últimos 30 días, según lo reportado'),
        baseline: say('About 15 days', 'Unos 15 días'),
        target: say('5 days or fewer', '5 días o menos'),
      },
    ],
    interventions: [
      { description: say('Outpatient substance use treatment', 'Tratamiento ambulatorio por uso de sustancias'), responsible: 'REFERRAL', frequency: say('Twice a week', 'Dos veces por semana') },
      { description: say('Attend a peer recovery group', 'Asistir a un grupo de recuperación entre pares'), responsible: 'CLIENT', frequency: say('Weekly', 'Semanal') },
    ],
  },
  FAMILY: {
    statement: say('I want to get along better with my family.', 'Quiero llevarme mejor con mi familia.'),
    domain: 'FAMILY',
    priority: 'MEDIUM',
    objectives: [
      {
        description: say('Take part in family sessions', 'Participar en sesiones familiares'),
        measure: say('Family sessions attended', 'Sesiones familiares a las que asistió'),
        baseline: say('None', 'Ninguna'),
        target: say('6 sessions', '6 sesiones'),
      },
    ],
    interventions: [
      { description: say('Family counseling', 'Consejería familiar'), responsible: 'PROVIDER', frequency: say('Every two weeks', 'Cada dos semanas') },
      { description: say('Join family sessions and practice what was agreed at home', 'Asistir a las sesiones y practicar en casa lo acordado'), responsible: 'FAMILY', frequency: say('Every two weeks', 'Cada dos semanas') },
    ],
  },
  SOCIAL_SUPPORT: {
    statement: say('I want people I can count on.', 'Quiero tener personas con quienes contar.'),
    domain: 'SOCIAL_SUPPORT',
    priority: 'LOW',
    objectives: [
      {
        description: say('Join a group or activity the client enjoys', 'Unirse a un grupo o actividad que le guste'),
        measure: say('People the client can call when they need help', 'Personas a las que puede llamar cuando necesita ayuda'),
        baseline: say('No one', 'Nadie'),
        target: say('At least two people', 'Al menos dos personas'),
      },
    ],
    interventions: [
      { description: say('Find groups and activities nearby with the client', 'Buscar con el cliente grupos y actividades cercanas'), responsible: 'CASE_MANAGER', frequency: say('Monthly', 'Mensual') },
      { description: say('Go to one group or activity', 'Ir a un grupo o actividad'), responsible: 'CLIENT', frequency: say('Weekly', 'Semanal') },
    ],
  },
  DAILY_LIVING: {
    statement: say('I want to do more for myself at home.', 'Quiero hacer más cosas por mí mismo en casa.'),
    domain: 'DAILY_LIVING',
    priority: 'MEDIUM',
    objectives: [
      {
        description: say('Learn to plan and cook simple meals', 'Aprender a planear y cocinar comidas sencillas'),
        measure: say('Meals made with reminders only, per week', 'Comidas hechas solo con recordatorios, por semana'),
        baseline: say('0 a week', '0 por semana'),
        target: say('4 a week', '4 por semana'),
      },
      {
        description: say('Take medications on time using a pill organizer', 'Tomar los medicamentos a tiempo con un pastillero'),
        measure: say('Doses missed a week, per the staff log', 'Dosis perdidas por semana, según el registro del personal'),
        baseline: say('3 a week', '3 por semana'),
        target: say('0 a week', '0 por semana'),
      },
    ],
    interventions: [
      { description: say('Skills coaching in the home', 'Entrenamiento de habilidades en el hogar'), responsible: 'PROVIDER', frequency: say('Three times a week', 'Tres veces por semana') },
      { description: say('Fill the pill organizer together every Sunday', 'Llenar juntos el pastillero cada domingo'), responsible: 'FAMILY', frequency: say('Weekly', 'Semanal') },
    ],
  },
} satisfies Partial<Record<LifeDomain, PlanTemplateGoal>>;

export type GoalDomain = keyof typeof DEMO_GOALS;

export interface DemoPlanTemplate {
  program: ProgramCode;
  name: string;
  description: string;
  goals: PlanTemplateGoal[];
}

/** The templates each demo program offers to start a plan from. */
export const DEMO_PLAN_TEMPLATES: DemoPlanTemplate[] = [
  {
    program: 'HCBS',
    name: 'Staying safely at home',
    description: 'For older adults and people with disabilities who want to keep living at home.',
    goals: [DEMO_GOALS.DAILY_LIVING, DEMO_GOALS.PHYSICAL_HEALTH, DEMO_GOALS.SAFETY],
  },
  {
    program: 'FC',
    name: 'Stability in placement',
    description: 'A youth in out-of-home care: a steady placement, school, health and family time.',
    goals: [
      {
        statement: say('I want to stay in one home and do well in school.', 'Quiero quedarme en un solo hogar y que me vaya bien en la escuela.'),
        domain: 'EDUCATION',
        priority: 'HIGH',
        objectives: [
          {
            description: say('Attend school every day', 'Asistir a la escuela todos los días'),
            measure: say('School attendance rate', 'Porcentaje de asistencia escolar'),
            baseline: say('80%', '80%'),
            target: say('95% or better', '95% o más'),
          },
        ],
        interventions: [
          { description: say('Check in with the teacher and school counselor', 'Hablar con el maestro y el consejero escolar'), responsible: 'CASE_MANAGER', frequency: say('Monthly', 'Mensual') },
          { description: say('Homework time every school night', 'Tiempo para tareas cada noche escolar'), responsible: 'FAMILY', frequency: say('Daily', 'Diario') },
        ],
      },
      {
        statement: say('I want to see my mom and my brother more.', 'Quiero ver más a mi mamá y a mi hermano.'),
        domain: 'FAMILY',
        priority: 'MEDIUM',
        objectives: [
          {
            description: say('Keep regular family visits', 'Mantener visitas familiares regulares'),
            measure: say('Visits held as scheduled', 'Visitas realizadas según lo programado'),
            baseline: say('1 a month', '1 al mes'),
            target: say('Every week', 'Cada semana'),
          },
        ],
        interventions: [{ description: say('Arrange and supervise family visits', 'Organizar y supervisar las visitas familiares'), responsible: 'CASE_MANAGER', frequency: say('Weekly', 'Semanal') }],
      },
      DEMO_GOALS.PHYSICAL_HEALTH,
    ],
  },
  {
    program: 'SHL',
    name: 'Living on my own',
    description: 'Adults with intellectual or developmental disabilities building the skills to live in their own home.',
    goals: [DEMO_GOALS.DAILY_LIVING, DEMO_GOALS.SOCIAL_SUPPORT, DEMO_GOALS.INCOME],
  },
  {
    program: 'BH',
    name: 'Recovery and stability',
    description: 'Mental health care, stable housing and support for people living with mental illness.',
    goals: [DEMO_GOALS.MENTAL_HEALTH, DEMO_GOALS.HOUSING, DEMO_GOALS.SOCIAL_SUPPORT],
  },
  {
    program: 'BH',
    name: 'Substance use recovery',
    description: 'Treatment, a sober support network, and the basics that make recovery last.',
    goals: [DEMO_GOALS.SUBSTANCE_USE, DEMO_GOALS.MENTAL_HEALTH, DEMO_GOALS.EMPLOYMENT],
  },
  {
    program: 'DCM',
    name: 'Disaster recovery plan',
    description: 'A household rebuilding after a declared disaster: housing, income and replacing what was lost.',
    goals: [
      {
        statement: say('We want to be back in a home of our own before the school year starts.', 'Queremos volver a un hogar propio antes de que empiece el año escolar.'),
        domain: 'HOUSING',
        priority: 'HIGH',
        objectives: [
          {
            description: say('Apply for FEMA housing assistance and appeal any denial', 'Solicitar ayuda de vivienda de FEMA y apelar cualquier negación'),
            measure: say('Assistance decision received', 'Decisión de asistencia recibida'),
            baseline: say('Registered with FEMA; no decision', 'Registrados en FEMA; sin decisión'),
            target: say('Assistance approved or appeal filed', 'Asistencia aprobada o apelación presentada'),
          },
          DEMO_GOALS.HOUSING.objectives[1],
        ],
        interventions: [
          { description: say('Help with the FEMA appeal letter and documents', 'Ayudar con la carta de apelación a FEMA y los documentos'), responsible: 'CASE_MANAGER', frequency: say('Weekly until filed', 'Semanal hasta presentarla') },
          { description: say('Long-term recovery group for unmet needs', 'Grupo de recuperación a largo plazo para necesidades no cubiertas'), responsible: 'REFERRAL', frequency: say('As scheduled', 'Según lo programado') },
        ],
      },
      DEMO_GOALS.INCOME,
    ],
  },
];
