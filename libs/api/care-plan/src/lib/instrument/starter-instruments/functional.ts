import { type InstrumentDefinition, LifeDomain, type LocalizedText, type Question, QuestionType } from '@waymark/shared/types';
import { option, say } from './wording';

const SUPPORT_SCALE: Question['scale'] = {
  min: 0,
  max: 4,
  minLabel: say('Needs full support', 'Necesita apoyo total'),
  maxLabel: say('Does it on their own', 'Lo hace por su cuenta'),
};

const SCALE_HELP = say(
  '0 needs full support · 1 needs a lot of hands-on help · 2 needs some help · 3 needs reminders or setting up only · 4 does it on their own. Rate what the person usually does, not what they could do on a good day.',
  '0 necesita apoyo total · 1 necesita mucha ayuda directa · 2 necesita algo de ayuda · 3 solo necesita recordatorios o preparación · 4 lo hace por su cuenta. Califique lo que la persona hace normalmente, no lo que podría hacer en un buen día.',
);

function skill(key: string, label: LocalizedText, domains: LifeDomain[]): Question {
  return { key, type: QuestionType.SCALE, label, help: SCALE_HELP, required: true, domains, scale: SUPPORT_SCALE };
}

const DAILY_LIVING = ['personal_care', 'meals', 'housekeeping', 'medications', 'money'];
const COMMUNICATION = ['expressing_needs', 'understanding', 'phone_and_messages'];
const COMMUNITY = ['getting_around', 'shopping', 'community_safety', 'appointments'];

/**
 * A functional (adaptive behaviour) assessment: how much support a person needs with everyday
 * skills at home, in communicating and in the community, each rated 0–4. Each area and the
 * whole are scored; the low bands mark a need in the area's domain, so support can be planned
 * where it is needed.
 */
export const FUNCTIONAL: InstrumentDefinition = {
  sections: [
    {
      key: 'daily_living',
      title: say('Daily living skills', 'Habilidades de la vida diaria'),
      questions: [
        skill('personal_care', say('Bathing, dressing, grooming and using the toilet', 'Bañarse, vestirse, arreglarse y usar el baño'), [LifeDomain.DAILY_LIVING]),
        skill('meals', say('Planning and making simple meals', 'Planear y preparar comidas sencillas'), [LifeDomain.DAILY_LIVING, LifeDomain.FOOD]),
        skill('housekeeping', say('Keeping the home clean and doing laundry', 'Mantener la casa limpia y lavar la ropa'), [LifeDomain.DAILY_LIVING, LifeDomain.HOUSING]),
        skill('medications', say('Taking medications as prescribed', 'Tomar los medicamentos según las indicaciones'), [LifeDomain.DAILY_LIVING, LifeDomain.PHYSICAL_HEALTH]),
        skill('money', say('Handling money and paying bills', 'Manejar el dinero y pagar las cuentas'), [LifeDomain.DAILY_LIVING, LifeDomain.INCOME]),
      ],
    },
    {
      key: 'communication',
      title: say('Communication', 'Comunicación'),
      questions: [
        skill('expressing_needs', say('Letting others know what they want or need', 'Dar a conocer a otros lo que quiere o necesita'), [LifeDomain.SOCIAL_SUPPORT]),
        skill('understanding', say('Understanding and following spoken directions', 'Entender y seguir instrucciones habladas'), [LifeDomain.SOCIAL_SUPPORT]),
        skill('phone_and_messages', say('Using a phone, texts or email to reach people', 'Usar el teléfono, mensajes o correo para comunicarse con otros'), [LifeDomain.SOCIAL_SUPPORT]),
      ],
    },
    {
      key: 'community',
      title: say('Community living', 'Vida en la comunidad'),
      questions: [
        skill('getting_around', say('Getting around town: bus, ride or walking routes', 'Moverse por la ciudad: autobús, transporte o rutas a pie'), [LifeDomain.TRANSPORTATION]),
        skill('shopping', say('Shopping for groceries and other things they need', 'Comprar alimentos y otras cosas que necesita'), [LifeDomain.DAILY_LIVING]),
        skill('community_safety', say('Staying safe: strangers, traffic, and what to do in an emergency', 'Mantenerse seguro: desconocidos, tráfico y qué hacer en una emergencia'), [LifeDomain.SAFETY]),
        skill('appointments', say('Keeping track of appointments and getting to them', 'Llevar la cuenta de sus citas y llegar a ellas'), [LifeDomain.DAILY_LIVING, LifeDomain.PHYSICAL_HEALTH]),
      ],
    },
    {
      key: 'behaviour',
      title: say('Behaviour and supports', 'Conducta y apoyos'),
      questions: [
        {
          key: 'risk_behaviours',
          type: QuestionType.YES_NO,
          label: say(
            'Are there behaviours that put the person or others at risk, or keep them from taking part in the community?',
            '¿Hay conductas que ponen en riesgo a la persona o a otros, o que le impiden participar en la comunidad?',
          ),
          required: true,
          domains: [LifeDomain.SAFETY],
          needIf: { equals: true },
        },
        {
          key: 'risk_behaviours_details',
          type: QuestionType.TEXT,
          label: say('What happens, how often, and what helps', 'Qué pasa, con qué frecuencia y qué ayuda'),
          required: true,
          domains: [LifeDomain.SAFETY],
          showIf: { question: 'risk_behaviours', equals: true },
        },
        {
          key: 'current_supports',
          type: QuestionType.TEXT,
          label: say('Supports in place today (family, staff, devices, routines)', 'Apoyos con los que cuenta hoy (familia, personal, dispositivos, rutinas)'),
          required: false,
          domains: [LifeDomain.SOCIAL_SUPPORT],
        },
        {
          key: 'information_sources',
          type: QuestionType.MULTIPLE_CHOICE,
          label: say('Where the ratings come from', 'De dónde provienen las calificaciones'),
          required: true,
          domains: [],
          options: [
            option('SELF', 'The person themselves', 'La propia persona'),
            option('FAMILY', 'Family or caregiver', 'Familia o cuidador'),
            option('STAFF', 'Support staff or provider', 'Personal de apoyo o proveedor'),
            option('OBSERVED', 'Observed by the case manager', 'Observación del administrador de casos'),
            option('RECORDS', 'Records from other assessments', 'Expedientes de otras evaluaciones'),
          ],
        },
      ],
    },
  ],
  scoring: [
    {
      key: 'daily_living_score',
      label: say('Daily living skills', 'Habilidades de la vida diaria'),
      questions: DAILY_LIVING,
      domain: LifeDomain.DAILY_LIVING,
      bands: [
        { min: 0, max: 7, label: say('Needs extensive support', 'Necesita apoyo extenso'), need: true },
        { min: 8, max: 14, label: say('Needs some support', 'Necesita algo de apoyo'), need: true },
        { min: 15, max: 20, label: say('Mostly on their own', 'Mayormente por su cuenta') },
      ],
    },
    {
      key: 'communication_score',
      label: say('Communication', 'Comunicación'),
      questions: COMMUNICATION,
      domain: LifeDomain.SOCIAL_SUPPORT,
      bands: [
        { min: 0, max: 4, label: say('Needs extensive support', 'Necesita apoyo extenso'), need: true },
        { min: 5, max: 8, label: say('Needs some support', 'Necesita algo de apoyo'), need: true },
        { min: 9, max: 12, label: say('Mostly on their own', 'Mayormente por su cuenta') },
      ],
    },
    {
      key: 'community_score',
      label: say('Community living', 'Vida en la comunidad'),
      questions: COMMUNITY,
      domain: LifeDomain.DAILY_LIVING,
      bands: [
        { min: 0, max: 5, label: say('Needs extensive support', 'Necesita apoyo extenso'), need: true },
        { min: 6, max: 11, label: say('Needs some support', 'Necesita algo de apoyo'), need: true },
        { min: 12, max: 16, label: say('Mostly on their own', 'Mayormente por su cuenta') },
      ],
    },
    {
      key: 'functional_total',
      label: say('Overall', 'General'),
      questions: [...DAILY_LIVING, ...COMMUNICATION, ...COMMUNITY],
      bands: [
        { min: 0, max: 16, label: say('Extensive support across daily life', 'Apoyo extenso en toda la vida diaria') },
        { min: 17, max: 32, label: say('Support in several areas', 'Apoyo en varias áreas') },
        { min: 33, max: 42, label: say('Support in a few areas', 'Apoyo en algunas áreas') },
        { min: 43, max: 48, label: say('Largely independent', 'Mayormente independiente') },
      ],
    },
  ],
};
