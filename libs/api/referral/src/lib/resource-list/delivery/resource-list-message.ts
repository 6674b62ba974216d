import { type ResourceListLanguage, resourceListHoursLine } from '@waymark/shared/types';
import type { ResourceListItem } from '../resource-list.entity';

/** The words of a message, in one language. */
interface MessageWords {
  subject: (count: number) => string;
  greeting: string;
  note: string;
  phone: string;
  address: string;
  hours: string;
  website: string;
  eligibility: string;
  fees: string;
  closing: string;
}

const WORDS: Record<ResourceListLanguage, MessageWords> = {
  EN: {
    subject: (count) => (count === 1 ? 'A community resource for you' : `${count} community resources for you`),
    greeting: 'Hello, here are the services we talked about.',
    note: 'A note from your case manager',
    phone: 'Phone',
    address: 'Address',
    hours: 'Hours',
    website: 'Website',
    eligibility: 'Who it is for',
    fees: 'Cost',
    closing: 'Call your case manager if you have questions.',
  },
  ES: {
    subject: (count) => (count === 1 ? 'Un recurso comunitario para usted' : `${count} recursos comunitarios para usted`),
    greeting: 'Hola, estos son los servicios de los que hablamos.',
    note: 'Una nota de su administrador de casos',
    phone: 'Teléfono',
    address: 'Dirección',
    hours: 'Horario',
    website: 'Sitio web',
    eligibility: 'Para quién es',
    fees: 'Costo',
    closing: 'Llame a su administrador de casos si tiene preguntas.',
  },
};

export interface RenderedMessage {
  subject: string;
  body: string;
}

/**
 * The message a list is sent as, in the list's language: a subject, and a plain-text body with
 * each service's name, organization, phone, address, hours and website, then what the directory
 * says of who it is for and its cost, and the case manager's note. The same text goes by
 * e-mail and by text message.
 */
export function renderResourceListMessage(list: { language: ResourceListLanguage; note: string | null; items: readonly ResourceListItem[] }): RenderedMessage {
  const words = WORDS[list.language];
  const field = (label: string, value: string | null) => (value ? [`   ${label}: ${value}`] : []);
  const services = list.items.map((item, i) =>
    [
      `${i + 1}. ${item.serviceName} — ${item.organizationName}`,
      ...field(words.phone, item.phone),
      ...field(words.address, item.address),
      ...field(words.hours, item.hours.length ? resourceListHoursLine(item.hours, list.language) : null),
      ...field(words.website, item.website),
      ...field(words.eligibility, item.eligibility),
      ...field(words.fees, item.fees),
    ].join('\n'),
  );
  const note = list.note ? [`${words.note}:\n${list.note}`] : [];
  return { subject: words.subject(list.items.length), body: [words.greeting, ...note, ...services, words.closing].join('\n\n') };
}
