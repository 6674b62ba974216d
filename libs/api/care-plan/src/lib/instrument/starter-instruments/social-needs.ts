import { type InstrumentDefinition, LifeDomain, QuestionType } from '@waymark/shared/types';
import { option, say } from './wording';

const { YES_NO, SINGLE_CHOICE, MULTIPLE_CHOICE } = QuestionType;

const OFTEN_SOMETIMES_NEVER = [
  option('OFTEN', 'Often true', 'Con frecuencia', 2),
  option('SOMETIMES', 'Sometimes true', 'A veces', 1),
  option('NEVER', 'Never true', 'Nunca', 0),
];

/**
 * A short social-needs screener read aloud with the client: housing, food, transportation,
 * utilities, safety and income. Each answer that shows a need is marked (it can become a goal
 * in that domain), and the points add up to one total whose band says how much is going on.
 */
export const SOCIAL_NEEDS: InstrumentDefinition = {
  sections: [
    {
      key: 'housing',
      title: say('Housing', 'Vivienda'),
      questions: [
        {
          key: 'housing_situation',
          type: SINGLE_CHOICE,
          label: say('What is your living situation today?', '¿Cuál es su situación de vivienda hoy?'),
          required: true,
          domains: [LifeDomain.HOUSING],
          needIf: { oneOf: ['AT_RISK', 'DOUBLED_UP', 'UNHOUSED'] },
          options: [
            option('STABLE', 'I have a steady place to live', 'Tengo un lugar estable donde vivir', 0),
            option('AT_RISK', 'I have a place, but I am worried about losing it', 'Tengo un lugar, pero me preocupa perderlo', 2),
            option('DOUBLED_UP', 'I am staying with others for now', 'Me estoy quedando con otras personas por ahora', 2),
            option('UNHOUSED', 'I am in a shelter, a car, outside, or another place not meant to live in', 'Estoy en un albergue, un auto, la calle u otro lugar no hecho para vivir', 3),
          ],
        },
        {
          key: 'housing_problems',
          type: MULTIPLE_CHOICE,
          label: say('Do you have problems with any of these where you live?', '¿Tiene problemas con alguna de estas cosas donde vive?'),
          required: false,
          domains: [LifeDomain.HOUSING],
          showIf: { question: 'housing_situation', oneOf: ['STABLE', 'AT_RISK'] },
          needIf: { oneOf: ['PESTS', 'MOLD', 'NO_HEAT', 'LEAKS', 'NO_SMOKE_ALARM'] },
          options: [
            option('PESTS', 'Bugs, mice or rats', 'Insectos, ratones o ratas', 1),
            option('MOLD', 'Mold', 'Moho', 1),
            option('NO_HEAT', 'Heat or cooling that does not work', 'Calefacción o aire que no funciona', 1),
            option('LEAKS', 'Water leaks', 'Goteras o fugas de agua', 1),
            option('NO_SMOKE_ALARM', 'No working smoke alarm', 'Sin detector de humo que funcione', 1),
          ],
        },
      ],
    },
    {
      key: 'food',
      title: say('Food', 'Alimentación'),
      questions: [
        {
          key: 'food_worry',
          type: SINGLE_CHOICE,
          label: say(
            'In the past 12 months, I worried that our food would run out before we had money to buy more.',
            'En los últimos 12 meses, me preocupó que se nos acabara la comida antes de tener dinero para comprar más.',
          ),
          required: true,
          domains: [LifeDomain.FOOD],
          needIf: { oneOf: ['OFTEN', 'SOMETIMES'] },
          options: OFTEN_SOMETIMES_NEVER,
        },
        {
          key: 'food_ran_out',
          type: SINGLE_CHOICE,
          label: say(
            "In the past 12 months, the food we bought didn't last and we didn't have money to get more.",
            'En los últimos 12 meses, la comida que compramos no alcanzó y no teníamos dinero para comprar más.',
          ),
          required: true,
          domains: [LifeDomain.FOOD],
          needIf: { oneOf: ['OFTEN', 'SOMETIMES'] },
          options: OFTEN_SOMETIMES_NEVER,
        },
        {
          key: 'food_benefits',
          type: YES_NO,
          label: say('Do you get food benefits such as CalFresh (SNAP) or WIC?', '¿Recibe ayuda para alimentos como CalFresh (SNAP) o WIC?'),
          required: false,
          domains: [LifeDomain.FOOD, LifeDomain.INCOME],
        },
      ],
    },
    {
      key: 'transportation',
      title: say('Transportation', 'Transporte'),
      questions: [
        {
          key: 'transport_barrier',
          type: YES_NO,
          label: say(
            'In the past 12 months, has a lack of reliable transportation kept you from appointments, work, or getting things you need?',
            'En los últimos 12 meses, ¿la falta de transporte confiable le ha impedido ir a citas, al trabajo o conseguir lo que necesita?',
          ),
          required: true,
          domains: [LifeDomain.TRANSPORTATION],
          needIf: { equals: true },
        },
      ],
    },
    {
      key: 'utilities',
      title: say('Utilities', 'Servicios públicos'),
      questions: [
        {
          key: 'utility_shutoff',
          type: SINGLE_CHOICE,
          label: say(
            'In the past 12 months, has the electric, gas or water company threatened to shut off your service?',
            'En los últimos 12 meses, ¿la compañía de luz, gas o agua ha amenazado con cortarle el servicio?',
          ),
          required: true,
          domains: [LifeDomain.UTILITIES],
          needIf: { oneOf: ['THREATENED', 'SHUT_OFF'] },
          options: [
            option('NO', 'No', 'No', 0),
            option('THREATENED', 'Yes, it was threatened', 'Sí, lo amenazaron', 2),
            option('SHUT_OFF', 'Yes, it is shut off now', 'Sí, ahora está cortado', 3),
          ],
        },
      ],
    },
    {
      key: 'safety',
      title: say('Safety', 'Seguridad'),
      questions: [
        {
          key: 'feels_safe',
          type: SINGLE_CHOICE,
          label: say('Do you feel physically and emotionally safe where you live?', '¿Se siente seguro física y emocionalmente donde vive?'),
          required: true,
          domains: [LifeDomain.SAFETY],
          needIf: { oneOf: ['UNSURE', 'NO'] },
          options: [
            option('YES', 'Yes', 'Sí', 0),
            option('UNSURE', 'Not sure', 'No estoy seguro', 1),
            option('NO', 'No', 'No', 2),
          ],
        },
        {
          key: 'harmed_by_someone',
          type: YES_NO,
          label: say('In the past 12 months, has anyone hurt, threatened or frightened you?', 'En los últimos 12 meses, ¿alguien le ha lastimado, amenazado o asustado?'),
          help: say(
            "Ask privately. If yes, offer the safety resources and follow the agency's protocol.",
            'Pregunte en privado. Si la respuesta es sí, ofrezca los recursos de seguridad y siga el protocolo de la agencia.',
          ),
          required: true,
          domains: [LifeDomain.SAFETY, LifeDomain.FAMILY],
          needIf: { equals: true },
        },
      ],
    },
    {
      key: 'income',
      title: say('Income and work', 'Ingresos y trabajo'),
      questions: [
        {
          key: 'paying_basics',
          type: SINGLE_CHOICE,
          label: say(
            'How hard is it for you to pay for the basics, like food, housing, medical care and utilities?',
            '¿Qué tan difícil le resulta pagar lo básico, como comida, vivienda, atención médica y servicios?',
          ),
          required: true,
          domains: [LifeDomain.INCOME],
          needIf: { oneOf: ['SOMEWHAT_HARD', 'VERY_HARD'] },
          options: [
            option('NOT_HARD', 'Not hard', 'Nada difícil', 0),
            option('SOMEWHAT_HARD', 'Somewhat hard', 'Algo difícil', 1),
            option('VERY_HARD', 'Very hard', 'Muy difícil', 2),
          ],
        },
        {
          key: 'work_situation',
          type: SINGLE_CHOICE,
          label: say('What is your work situation?', '¿Cuál es su situación de trabajo?'),
          required: false,
          domains: [LifeDomain.EMPLOYMENT],
          needIf: { oneOf: ['LOOKING'] },
          options: [
            option('FULL_TIME', 'Working full time', 'Trabajo a tiempo completo'),
            option('PART_TIME', 'Working part time', 'Trabajo a tiempo parcial'),
            option('LOOKING', 'Looking for work', 'Buscando trabajo'),
            option('UNABLE', 'Not able to work', 'No puedo trabajar'),
            option('RETIRED', 'Retired', 'Jubilado'),
            option('STUDENT_OR_CAREGIVER', 'In school, or caring for family', 'Estudiando o cuidando a la familia'),
          ],
        },
        {
          key: 'wants_help_with',
          type: MULTIPLE_CHOICE,
          label: say('Which of these would you like help with?', '¿Con cuáles de estos le gustaría recibir ayuda?'),
          help: say('Ask last: what the client chooses comes first in the plan.', 'Pregunte al final: lo que el cliente elija va primero en el plan.'),
          required: false,
          domains: [],
          options: [
            option('HOUSING', 'Housing', 'Vivienda'),
            option('FOOD', 'Food', 'Alimentación'),
            option('TRANSPORTATION', 'Transportation', 'Transporte'),
            option('UTILITIES', 'Utility bills', 'Facturas de servicios'),
            option('SAFETY', 'Safety', 'Seguridad'),
            option('INCOME', 'Money or benefits', 'Dinero o beneficios'),
            option('EMPLOYMENT', 'Finding work', 'Encontrar trabajo'),
          ],
        },
      ],
    },
  ],
  scoring: [
    {
      key: 'social_needs_total',
      label: say('Social needs', 'Necesidades sociales'),
      questions: ['housing_situation', 'housing_problems', 'food_worry', 'food_ran_out', 'transport_barrier', 'utility_shutoff', 'feels_safe', 'harmed_by_someone', 'paying_basics'],
      bands: [
        { min: 0, max: 0, label: say('No needs found', 'Sin necesidades identificadas') },
        { min: 1, max: 3, label: say('Some needs', 'Algunas necesidades') },
        { min: 4, max: 7, label: say('Several needs', 'Varias necesidades') },
        { min: 8, max: 21, label: say('Many needs: plan with the client soon', 'Muchas necesidades: planifique pronto con el cliente') },
      ],
    },
  ],
};
