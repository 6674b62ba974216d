import { type ResourceListChannel, type ResourceListDeliveryStatus, ResourceListLanguage } from '@waymark/shared/types';

const LANGUAGE_NAMES: Record<ResourceListLanguage, string> = { [ResourceListLanguage.EN]: 'English', [ResourceListLanguage.ES]: 'Spanish' };

const HANDED: Record<ResourceListChannel, [sent: string, failed: string]> = {
  PRINTED: ['Resource list printed for the client', 'Resource list could not be printed'],
  EMAIL: ['Resource list e-mailed to the client', 'Resource list could not be e-mailed'],
  TEXT_MESSAGE: ['Resource list texted to the client', 'Resource list could not be texted'],
};

/**
 * The lines a resource list writes on the client's timeline (also for the seed): how many
 * services and in which language, then how it was handed over; never which services, as
 * they alone can tell a reader what the client needs.
 */
export const resourceListLine = {
  made: (services: number, language: ResourceListLanguage) => `Resource list of ${services} ${services === 1 ? 'service' : 'services'} made (${LANGUAGE_NAMES[language]})`,
  delivered: (channel: ResourceListChannel, status: ResourceListDeliveryStatus) => HANDED[channel][status === 'SENT' ? 0 : 1],
};

/** The source type of a list's timeline entries and audit events, and of its deliveries' events. */
export const RESOURCE_LIST = 'ResourceList';
export const RESOURCE_LIST_DELIVERY = 'ResourceListDelivery';
