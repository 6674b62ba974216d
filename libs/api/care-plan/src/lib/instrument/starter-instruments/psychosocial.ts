import { type InstrumentDefinition, LifeDomain, QuestionType } from '@waymark/shared/types';
import { option, say } from './wording';

const { TEXT, YES_NO, SINGLE_CHOICE, MULTIPLE_CHOICE, NUMBER, SCALE } = QuestionType;

/**
 * A psychosocial intake: why the person came, their treatment, family, medical and psychiatric
 * history, and who they can count on. Mostly the case manager's notes in the client's words;
 * the answers that point at a need (no doctor, a strained family, nobody to call, thoughts of
 * harm) are marked so they can seed goals. Not scored: it describes a person, it does not rate one.
 */
export const PSYCHOSOCIAL: InstrumentDefinition = {
  sections: [
    {
      key: 'presenting',
      title: say('Reason for services', 'Motivo de los servicios'),
      questions: [
        {
          key: 'presenting_concern',
          type: TEXT,
          label: say('What brings you to us now?', '¿Qué le trae a nosotros ahora?'),
          help: say("Write it in the client's own words where you can.", 'Escríbalo con las palabras del cliente cuando sea posible.'),
          required: true,
          domains: [],
        },
        {
          key: 'hoped_for_change',
          type: TEXT,
          label: say('If our work together goes well, what will be different for you?', 'Si nuestro trabajo juntos va bien, ¿qué será diferente para usted?'),
          required: false,
          domains: [],
        },
      ],
    },
    {
      key: 'treatment',
      title: say('Treatment history', 'Historial de tratamiento'),
      questions: [
        {
          key: 'prior_services',
          type: YES_NO,
          label: say('Have you received mental health or substance use services before?', '¿Ha recibido antes servicios de salud mental o de uso de sustancias?'),
          required: true,
          domains: [LifeDomain.MENTAL_HEALTH],
        },
        {
          key: 'prior_service_kinds',
          type: MULTIPLE_CHOICE,
          label: say('Which kinds?', '¿De qué tipo?'),
          required: true,
          domains: [LifeDomain.MENTAL_HEALTH, LifeDomain.SUBSTANCE_USE],
          showIf: { question: 'prior_services', equals: true },
          options: [
            option('OUTPATIENT_COUNSELING', 'Outpatient counseling or therapy', 'Consejería o terapia ambulatoria'),
            option('MEDICATION_MANAGEMENT', 'Psychiatric medication management', 'Manejo de medicamentos psiquiátricos'),
            option('INPATIENT', 'Inpatient psychiatric stay', 'Hospitalización psiquiátrica'),
            option('RESIDENTIAL', 'Residential treatment', 'Tratamiento residencial'),
            option('SUBSTANCE_USE_TREATMENT', 'Substance use treatment or detox', 'Tratamiento de uso de sustancias o desintoxicación'),
            option('CRISIS', 'Crisis services (mobile team, crisis line, crisis unit)', 'Servicios de crisis (equipo móvil, línea de crisis, unidad de crisis)'),
          ],
        },
        {
          key: 'prior_service_details',
          type: TEXT,
          label: say('Where and when, and what helped or did not help?', '¿Dónde y cuándo, y qué le ayudó o no le ayudó?'),
          required: false,
          domains: [LifeDomain.MENTAL_HEALTH],
          showIf: { question: 'prior_services', equals: true },
        },
        {
          key: 'substance_use',
          type: SINGLE_CHOICE,
          label: say('Alcohol or drug use in the past 12 months', 'Uso de alcohol o drogas en los últimos 12 meses'),
          required: true,
          domains: [LifeDomain.SUBSTANCE_USE],
          needIf: { oneOf: ['CONCERNING'] },
          options: [
            option('NONE', 'None', 'Ninguno'),
            option('PAST_ONLY', 'Not in the past year, but used before', 'No en el último año, pero sí antes'),
            option('OCCASIONAL', 'Occasional, without causing problems', 'Ocasional, sin que cause problemas'),
            option('CONCERNING', 'Use that causes problems or worries the client or others', 'Uso que causa problemas o preocupa al cliente o a otros'),
          ],
        },
        {
          key: 'substance_use_details',
          type: TEXT,
          label: say('What, how often, and what the client says about it', 'Qué, con qué frecuencia y qué dice el cliente al respecto'),
          required: false,
          domains: [LifeDomain.SUBSTANCE_USE],
          showIf: { question: 'substance_use', oneOf: ['OCCASIONAL', 'CONCERNING'] },
        },
      ],
    },
    {
      key: 'family',
      title: say('Family and household', 'Familia y hogar'),
      questions: [
        {
          key: 'household',
          type: TEXT,
          label: say('Who lives with you?', '¿Quién vive con usted?'),
          required: true,
          domains: [LifeDomain.FAMILY],
        },
        {
          key: 'caregiving',
          type: YES_NO,
          label: say('Do you care for children or other family members?', '¿Cuida usted de niños o de otros familiares?'),
          required: true,
          domains: [LifeDomain.FAMILY],
        },
        {
          key: 'family_relationships',
          type: SINGLE_CHOICE,
          label: say('How would you describe your relationships with your family?', '¿Cómo describiría sus relaciones con su familia?'),
          required: true,
          domains: [LifeDomain.FAMILY],
          needIf: { oneOf: ['STRAINED'] },
          options: [
            option('SUPPORTIVE', 'Mostly supportive', 'Mayormente de apoyo'),
            option('MIXED', 'Mixed: some close, some difficult', 'Mixtas: unas cercanas, otras difíciles'),
            option('STRAINED', 'Strained or in conflict', 'Tensas o en conflicto'),
            option('NO_CONTACT', 'No contact, by choice or circumstance', 'Sin contacto, por decisión o por circunstancias'),
          ],
        },
        {
          key: 'family_history',
          type: YES_NO,
          label: say('Is there a history of mental illness or substance use in your family?', '¿Hay antecedentes de enfermedad mental o de uso de sustancias en su familia?'),
          required: false,
          domains: [LifeDomain.FAMILY, LifeDomain.MENTAL_HEALTH],
        },
      ],
    },
    {
      key: 'medical',
      title: say('Medical history', 'Historial médico'),
      questions: [
        {
          key: 'primary_care',
          type: YES_NO,
          label: say('Do you have a primary care doctor or clinic you go to?', '¿Tiene un médico o una clínica de atención primaria a la que acude?'),
          required: true,
          domains: [LifeDomain.PHYSICAL_HEALTH],
          needIf: { equals: false },
        },
        {
          key: 'last_checkup',
          type: SINGLE_CHOICE,
          label: say('When did you last see a doctor for a checkup?', '¿Cuándo fue la última vez que vio a un médico para un chequeo?'),
          required: true,
          domains: [LifeDomain.PHYSICAL_HEALTH],
          needIf: { oneOf: ['OVER_TWO_YEARS'] },
          options: [
            option('WITHIN_YEAR', 'In the past year', 'En el último año'),
            option('ONE_TO_TWO_YEARS', 'One to two years ago', 'Hace uno o dos años'),
            option('OVER_TWO_YEARS', 'More than two years ago, or never', 'Hace más de dos años, o nunca'),
            option('NOT_SURE', 'Not sure', 'No está seguro'),
          ],
        },
        {
          key: 'health_conditions',
          type: MULTIPLE_CHOICE,
          label: say('Health conditions the client lives with', 'Condiciones de salud con las que vive el cliente'),
          required: false,
          domains: [LifeDomain.PHYSICAL_HEALTH],
          options: [
            option('DIABETES', 'Diabetes', 'Diabetes'),
            option('HEART', 'Heart disease or high blood pressure', 'Enfermedad cardíaca o presión alta'),
            option('LUNG', 'Asthma, COPD or other lung disease', 'Asma, EPOC u otra enfermedad pulmonar'),
            option('CHRONIC_PAIN', 'Chronic pain', 'Dolor crónico'),
            option('SEIZURES', 'Seizures', 'Convulsiones'),
            option('MOBILITY', 'Mobility limits', 'Limitaciones de movilidad'),
            option('SENSORY', 'Hearing or vision loss', 'Pérdida de audición o de visión'),
            option('OTHER', 'Other (see medications and notes)', 'Otra (ver medicamentos y notas)'),
          ],
        },
        {
          key: 'medications',
          type: TEXT,
          label: say('Current medications, and who prescribes them', 'Medicamentos actuales y quién los receta'),
          required: false,
          domains: [LifeDomain.PHYSICAL_HEALTH, LifeDomain.MENTAL_HEALTH],
        },
      ],
    },
    {
      key: 'psychiatric',
      title: say('Psychiatric history', 'Historial psiquiátrico'),
      questions: [
        {
          key: 'diagnosis_known',
          type: YES_NO,
          label: say('Has a clinician ever given you a mental health diagnosis?', '¿Algún profesional le ha dado alguna vez un diagnóstico de salud mental?'),
          required: true,
          domains: [LifeDomain.MENTAL_HEALTH],
        },
        {
          key: 'diagnoses',
          type: TEXT,
          label: say('Which diagnoses, as the client or records name them', 'Qué diagnósticos, tal como los nombra el cliente o los expedientes'),
          required: false,
          domains: [LifeDomain.MENTAL_HEALTH],
          showIf: { question: 'diagnosis_known', equals: true },
        },
        {
          key: 'hospital_stays',
          type: NUMBER,
          label: say('Psychiatric hospital stays in the past five years', 'Hospitalizaciones psiquiátricas en los últimos cinco años'),
          required: true,
          domains: [LifeDomain.MENTAL_HEALTH],
          showIf: { question: 'diagnosis_known', equals: true },
          needIf: { atLeast: 2 },
        },
        {
          key: 'current_mood',
          type: SCALE,
          label: say('Over the past two weeks, how have you been feeling overall?', 'En las últimas dos semanas, ¿cómo se ha sentido en general?'),
          required: true,
          domains: [LifeDomain.MENTAL_HEALTH],
          scale: { min: 1, max: 5, minLabel: say('Very poorly', 'Muy mal'), maxLabel: say('Very well', 'Muy bien') },
          needIf: { atMost: 2 },
        },
        {
          key: 'thoughts_of_harm',
          type: YES_NO,
          label: say('In the past month, have you had thoughts of hurting yourself or someone else?', 'En el último mes, ¿ha tenido pensamientos de hacerse daño a sí mismo o a otra persona?'),
          help: say(
            "If yes, follow the agency's safety protocol before going on with the assessment.",
            'Si la respuesta es sí, siga el protocolo de seguridad de la agencia antes de continuar con la evaluación.',
          ),
          required: true,
          domains: [LifeDomain.SAFETY, LifeDomain.MENTAL_HEALTH],
          needIf: { equals: true },
        },
        {
          key: 'safety_plan_made',
          type: YES_NO,
          label: say('Was a safety plan made with the client today?', '¿Se hizo hoy un plan de seguridad con el cliente?'),
          required: true,
          domains: [LifeDomain.SAFETY],
          showIf: { question: 'thoughts_of_harm', equals: true },
        },
      ],
    },
    {
      key: 'support',
      title: say('Support network', 'Red de apoyo'),
      questions: [
        {
          key: 'support_people',
          type: SINGLE_CHOICE,
          label: say('How many people can you count on when you need help?', '¿Con cuántas personas puede contar cuando necesita ayuda?'),
          required: true,
          domains: [LifeDomain.SOCIAL_SUPPORT],
          needIf: { oneOf: ['NONE'] },
          options: [
            option('NONE', 'No one', 'Nadie'),
            option('ONE', 'One person', 'Una persona'),
            option('TWO_TO_THREE', 'Two or three', 'Dos o tres'),
            option('FOUR_OR_MORE', 'Four or more', 'Cuatro o más'),
          ],
        },
        {
          key: 'support_who',
          type: TEXT,
          label: say('Who are they, and how do they help?', '¿Quiénes son y cómo le ayudan?'),
          required: false,
          domains: [LifeDomain.SOCIAL_SUPPORT],
          showIf: { question: 'support_people', oneOf: ['ONE', 'TWO_TO_THREE', 'FOUR_OR_MORE'] },
        },
        {
          key: 'community_ties',
          type: MULTIPLE_CHOICE,
          label: say('Where else do you find connection?', '¿En qué otros lugares encuentra compañía o apoyo?'),
          required: false,
          domains: [LifeDomain.SOCIAL_SUPPORT],
          options: [
            option('FAITH', 'A faith community', 'Una comunidad de fe'),
            option('PEER_GROUP', 'A peer or support group', 'Un grupo de apoyo o de pares'),
            option('COMMUNITY_GROUP', 'A cultural or community group', 'Un grupo cultural o comunitario'),
            option('WORK_OR_SCHOOL', 'Work or school', 'El trabajo o la escuela'),
            option('NEIGHBORS', 'Neighbors or friends nearby', 'Vecinos o amigos cercanos'),
          ],
        },
        {
          key: 'strengths',
          type: TEXT,
          label: say('What are you good at, or proud of? What has helped you get through hard times?', '¿En qué es bueno o de qué está orgulloso? ¿Qué le ha ayudado a salir adelante en tiempos difíciles?'),
          required: false,
          domains: [],
        },
      ],
    },
  ],
  scoring: [],
};
