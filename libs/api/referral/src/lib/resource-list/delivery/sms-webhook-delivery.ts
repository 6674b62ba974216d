import { DeliveryRefused } from './delivery-failure';
import type { MessageDelivery, OutgoingMessage } from './message-delivery';

/** How long a webhook may take before the text counts as failed. */
const TIMEOUT_MS = 10_000;

/** Text messages posted to an HTTP webhook (an SMS gateway, or a relay in front of one) as JSON `{ to, body }`. */
export class SmsWebhookDelivery implements MessageDelivery {
  constructor(private readonly url: string) {}

  async send(message: OutgoingMessage): Promise<{ provider: string }> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ to: message.to, body: message.body }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) throw new DeliveryRefused(`The text-message gateway answered ${response.status}.`);
    return { provider: 'sms-webhook' };
  }
}
