import type { AppConfig } from '@waymark/api/common';
import { ResourceListChannel } from '@waymark/shared/types';
import { DeliveryRefused } from './delivery-failure';
import { LogOnlyDelivery } from './log-only-delivery';
import type { MessageDelivery, OutgoingMessage } from './message-delivery';
import { SmsWebhookDelivery } from './sms-webhook-delivery';
import { SmtpDelivery } from './smtp-delivery';

/** Refuses what no provider is configured for; the delivery is recorded as FAILED with the reason. */
class Unconfigured implements MessageDelivery {
  constructor(private readonly reason: string) {}

  async send(): Promise<{ provider: string }> {
    throw new DeliveryRefused(this.reason);
  }
}

/** Each channel to its own provider. */
class ByChannel implements MessageDelivery {
  constructor(private readonly providers: Record<OutgoingMessage['channel'], MessageDelivery>) {}

  send(message: OutgoingMessage): Promise<{ provider: string }> {
    return this.providers[message.channel].send(message);
  }
}

/**
 * The delivery the configuration asks for. MESSAGE_DELIVERY=log (the default) logs every
 * message; =smtp sends e-mail through SMTP_URL from SMTP_FROM (loadConfig requires both).
 * Text messages go to SMS_WEBHOOK_URL when it is set; otherwise they are logged, or refused
 * under smtp, where logging would look like sending.
 */
export function configuredDelivery(config: AppConfig): MessageDelivery {
  const log = new LogOnlyDelivery();
  const texts = config.SMS_WEBHOOK_URL ? new SmsWebhookDelivery(config.SMS_WEBHOOK_URL) : null;
  if (config.MESSAGE_DELIVERY === 'log') return new ByChannel({ [ResourceListChannel.EMAIL]: log, [ResourceListChannel.TEXT_MESSAGE]: texts ?? log });
  return new ByChannel({
    [ResourceListChannel.EMAIL]: new SmtpDelivery(config.SMTP_URL as string, config.SMTP_FROM as string),
    [ResourceListChannel.TEXT_MESSAGE]: texts ?? new Unconfigured('No text-message provider is configured (SMS_WEBHOOK_URL).'),
  });
}
