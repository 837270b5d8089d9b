import nodemailer, { type Transporter } from 'nodemailer';

/**
 * The SMTP side (SMTP_URL, MAIL_FROM). Without SMTP_URL the application sends no mail at all:
 * nothing is queued and people are told in the application only.
 */
export function mailEnabled(): boolean {
  return !!process.env.SMTP_URL?.trim();
}

/** The sender of every mail; an address or `Name <address>`. */
export function mailFrom(): string {
  return process.env.MAIL_FROM?.trim() || 'tracker@localhost';
}

/** The application's public address, for links in mails (AUTH_URL, as next-auth reads it). */
export function appUrl(): string {
  return (process.env.AUTH_URL?.trim() || 'http://localhost:3000').replace(/\/+$/, '');
}

/** A link to a page of the application: the path's segments are encoded, never taken as given. */
export function linkTo(...segments: string[]): string {
  return `${appUrl()}/${segments.map(encodeURIComponent).join('/')}`;
}

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable per mail (from its idempotency key): a second delivery after a crash is recognisable. */
  messageId: string;
};

let cached: { url: string; transport: Transporter } | null = null;

/** One transport per SMTP_URL (a changed URL, as in tests, makes a new one). */
function transport(): Transporter {
  const url = process.env.SMTP_URL?.trim() ?? '';
  if (cached?.url !== url) {
    cached?.transport.close();
    cached = {
      url,
      transport: nodemailer.createTransport(url, {
        // A server that does not answer must not hold a delivery run for minutes.
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 20_000,
      }),
    };
  }
  return cached.transport;
}

/** Hands one mail to the SMTP server; throws what the server or the network said. */
export async function sendMail(mail: OutgoingMail): Promise<void> {
  await transport().sendMail({
    from: mailFrom(),
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: mail.messageId,
  });
}

/** Closes the transport (tests, shutdown). */
export function closeMailTransport(): void {
  cached?.transport.close();
  cached = null;
}

/** The Message-ID of a queued mail: the same for every attempt. */
export function messageIdOf(key: string, id: number): string {
  const host = (() => {
    try {
      return new URL(appUrl()).hostname || 'localhost';
    } catch {
      return 'localhost';
    }
  })();
  const safe = key.replace(/[^A-Za-z0-9._-]/g, '.').slice(0, 120);
  return `<${id}.${safe}@${host}>`;
}
