import { createHmac, randomBytes } from 'node:crypto';

/**
 * The Standard Webhooks signing scheme (https://www.standardwebhooks.com): the secret is
 * `whsec_` + base64 of 32 random bytes; the signature of a message is
 * `v1,` + base64(HMAC-SHA256(key = the secret's bytes, "<webhook-id>.<webhook-timestamp>.<body>")).
 */
const PREFIX = 'whsec_';

export function newWebhookSecret(): string {
  return `${PREFIX}${randomBytes(32).toString('base64')}`;
}

export function webhookSignature(secret: string, messageId: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret, 'base64');
  const digest = createHmac('sha256', key).update(`${messageId}.${timestamp}.${body}`).digest('base64');
  return `v1,${digest}`;
}

/** The three headers of a delivery; `timestamp` in seconds since the epoch. */
export function webhookHeaders(
  secret: string,
  messageId: string,
  timestamp: number,
  body: string,
): Record<string, string> {
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': webhookSignature(secret, messageId, timestamp, body),
  };
}
