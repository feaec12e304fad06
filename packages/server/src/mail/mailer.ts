import nodemailer from 'nodemailer';
import type { Logger } from '../logger';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** What the mail is for (e.g. `password-reset`), for the log. */
  purpose: string;
  /** The action link, written to the log when no SMTP server is configured. */
  link?: string;
}

export interface Mailer {
  readonly kind: 'smtp' | 'log';
  send(message: MailMessage): Promise<void>;
  /** Messages handed to the log mailer (newest last); empty for SMTP. */
  readonly outbox: readonly MailMessage[];
}

const OUTBOX_LIMIT = 100;

export function createMailer(options: { smtpUrl: string | undefined; from: string; log: Logger }): Mailer {
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl);
    return {
      kind: 'smtp',
      outbox: [],
      async send(message) {
        await transport.sendMail({
          from: options.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
        });
        options.log.info({ purpose: message.purpose, to: message.to }, 'mail sent');
      },
    };
  }
  const outbox: MailMessage[] = [];
  return {
    kind: 'log',
    outbox,
    async send(message) {
      outbox.push(message);
      if (outbox.length > OUTBOX_LIMIT) outbox.shift();
      options.log.warn(
        { purpose: message.purpose, to: message.to, link: message.link },
        `SMTP is not configured (SMTP_URL); ${message.purpose} link for ${message.to}: ${message.link ?? '(none)'}`,
      );
    },
  };
}
