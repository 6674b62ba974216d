import { type InstrumentDefinition, LifeDomain, type LocalizedText, type Question, QuestionType } from '@waymark/shared/types';
import { option, say } from './wording';

function agreement(key: string, label: LocalizedText): Question {
  return {
    key,
    type: QuestionType.SCALE,
    label,
    required: true,
    domains: [LifeDomain.SATISFACTION],
    scale: { min: 1, max: 5, minLabel: say('Strongly disagree', 'Muy en desacuerdo'), maxLabel: say('Strongly agree', 'Muy de acuerdo') },
  };
}

const RATED = ['overall', 'listened', 'took_part', 'reached_goals', 'respected', 'would_recommend'];

/**
 * The survey of a follow-up call after discharge: was the person satisfied with our services,
 * and are they still doing well? Help they needed and could not get is marked as a need, so
 * the caller can offer a referral or re-entry on the spot.
 */
export const DISCHARGE_SURVEY: InstrumentDefinition = {
  sections: [
    {
      key: 'experience',
      title: say('Your experience with us', 'Su experiencia con nosotros'),
      questions: [
        agreement('overall', say('Overall, I am satisfied with the services I received.', 'En general, estoy satisfecho con los servicios que recibí.')),
        agreement('listened', say('My case manager listened to me and understood what I needed.', 'Mi administrador de casos me escuchó y entendió lo que necesitaba.')),
        agreement('took_part', say('I had a say in my plan and in the goals we worked on.', 'Tuve voz en mi plan y en las metas en las que trabajamos.')),
        agreement('reached_goals', say('The services helped me reach my goals.', 'Los servicios me ayudaron a alcanzar mis metas.')),
        agreement('respected', say('Staff treated me with respect, including my culture and language.', 'El personal me trató con respeto, incluidos mi cultura y mi idioma.')),
        agreement('would_recommend', say('I would recommend this agency to a friend or family member.', 'Recomendaría esta agencia a un amigo o familiar.')),
      ],
    },
    {
      key: 'since_discharge',
      title: say('Since you left our services', 'Desde que dejó nuestros servicios'),
      questions: [
        {
          key: 'doing_now',
          type: QuestionType.SINGLE_CHOICE,
          label: say('How are things going for you now, compared with when you started with us?', '¿Cómo le va ahora, en comparación con cuando empezó con nosotros?'),
          required: true,
          domains: [LifeDomain.SATISFACTION],
          options: [
            option('BETTER', 'Better', 'Mejor'),
            option('ABOUT_THE_SAME', 'About the same', 'Más o menos igual'),
            option('WORSE', 'Worse', 'Peor'),
          ],
        },
        {
          key: 'unmet_help',
          type: QuestionType.YES_NO,
          label: say('Since leaving, have you needed help that you could not get?', 'Desde que se fue, ¿ha necesitado ayuda que no pudo conseguir?'),
          required: true,
          domains: [LifeDomain.SOCIAL_SUPPORT],
          needIf: { equals: true },
        },
        {
          key: 'unmet_help_details',
          type: QuestionType.TEXT,
          label: say('What help did you need?', '¿Qué ayuda necesitó?'),
          help: say('Offer a referral, or a return to services, before the call ends.', 'Ofrezca una remisión, o el regreso a los servicios, antes de terminar la llamada.'),
          required: true,
          domains: [LifeDomain.SOCIAL_SUPPORT],
          showIf: { question: 'unmet_help', equals: true },
        },
        {
          key: 'do_better',
          type: QuestionType.TEXT,
          label: say('What could we have done better?', '¿Qué podríamos haber hecho mejor?'),
          required: false,
          domains: [LifeDomain.SATISFACTION],
        },
        {
          key: 'anything_else',
          type: QuestionType.TEXT,
          label: say('Is there anything else you would like us to know?', '¿Hay algo más que quiera que sepamos?'),
          required: false,
          domains: [],
        },
      ],
    },
  ],
  scoring: [
    {
      key: 'satisfaction',
      label: say('Satisfaction', 'Satisfacción'),
      questions: RATED,
      domain: LifeDomain.SATISFACTION,
      bands: [
        { min: 6, max: 17, label: say('Not satisfied', 'No satisfecho') },
        { min: 18, max: 23, label: say('Somewhat satisfied', 'Algo satisfecho') },
        { min: 24, max: 30, label: say('Satisfied', 'Satisfecho') },
      ],
    },
  ],
};
