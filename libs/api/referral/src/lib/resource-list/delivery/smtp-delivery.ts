import { createTransport, type Transporter } from 'nodemailer';
import type { MessageDelivery, OutgoingMessage } from './message-delivery';

/** E-mail through an SMTP server (nodemailer). */
export class SmtpDelivery implements MessageDelivery {
  private readonly transport: Transporter;

  constructor(
    url: string,
    private readonly from: string,
  ) {
    this.transport = createTransport(url);
  }

  async send(message: OutgoingMessage): Promise<{ provider: string }> {
    await this.transport.sendMail({ from: this.from, to: message.to, subject: message.subject, text: message.body });
    return { provider: 'smtp' };
  }
}
