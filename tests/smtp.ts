import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server on the loopback for tests (the `smtp-server` package): it keeps every mail
 * it accepted, parsed, with its raw source. `refuse` makes it answer RCPT TO with a 451, as a
 * server that is busy or greylisting would; `stop()` and `start()` take it down and back up on
 * the same port.
 */
export type TestSmtp = {
  url: string;
  received: { raw: string; mail: ParsedMail; to: string[] }[];
  refuse: boolean;
  /** true: a mail's data is read and never answered (a server hanging mid-send); counted in `held` */
  hold: boolean;
  held: number;
  start: () => Promise<void>;
  stop: () => Promise<void>;
};

export async function startTestSmtp(): Promise<TestSmtp> {
  let port = 0;
  let server: SMTPServer | null = null;
  const smtp: TestSmtp = {
    url: '',
    received: [],
    refuse: false,
    hold: false,
    held: 0,
    start: async () => {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS', 'AUTH'],
        logger: false,
        onRcptTo(address, _session, callback) {
          if (smtp.refuse) {
            const error = Object.assign(new Error('Try again later'), { responseCode: 451 });
            return callback(error);
          }
          callback();
          void address;
        },
        onData(stream, session, callback) {
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', async () => {
            if (smtp.hold) {
              smtp.held++;
              return;
            }
            const raw = Buffer.concat(chunks).toString('utf8');
            smtp.received.push({
              raw,
              mail: await simpleParser(raw),
              to: session.envelope.rcptTo.map((r) => r.address),
            });
            callback();
          });
        },
      });
      const listening = server;
      await new Promise<void>((resolve, reject) => {
        listening.once('error', reject);
        listening.listen(port, '127.0.0.1', () => resolve());
      });
      port = (listening.server.address() as AddressInfo).port;
      smtp.url = `smtp://127.0.0.1:${port}`;
    },
    stop: async () => {
      const running = server;
      server = null;
      if (running) await new Promise<void>((resolve) => running.close(() => resolve()));
    },
  };
  await smtp.start();
  return smtp;
}
