import type { ResourceListChannel } from '@waymark/shared/types';

/** A message to a client: to an e-mail address or a phone number. */
export interface OutgoingMessage {
  channel: Exclude<ResourceListChannel, 'PRINTED'>;
  to: string;
  subject: string;
  body: string;
}

/**
 * Carries messages to clients. Throws when the message could not be handed to the provider;
 * the error's message is recorded on the delivery.
 */
export interface MessageDelivery {
  /** What carried the message, as the delivery records it (log, smtp, sms-webhook). */
  send(message: OutgoingMessage): Promise<{ provider: string }>;
}

/** The injection token of the configured MessageDelivery. */
export const MESSAGE_DELIVERY = Symbol('MessageDelivery');
