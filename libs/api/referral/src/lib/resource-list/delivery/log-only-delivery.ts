import { Logger } from '@nestjs/common';
import type { MessageDelivery, OutgoingMessage } from './message-delivery';

/**
 * Development's delivery: the message is written to the log and nothing leaves the machine. The
 * delivery row keeps the message as rendered, so what "was sent" can still be read.
 */
export class LogOnlyDelivery implements MessageDelivery {
  private readonly logger = new Logger('MessageDelivery');

  async send(message: OutgoingMessage): Promise<{ provider: string }> {
    this.logger.log({ msg: 'message logged, not sent (MESSAGE_DELIVERY=log)', channel: message.channel, to: message.to, subject: message.subject, body: message.body });
    return { provider: 'log' };
  }
}
