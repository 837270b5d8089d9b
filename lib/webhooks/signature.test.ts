import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { newWebhookSecret, webhookHeaders } from './signature';

describe('webhook signatures (Standard Webhooks)', () => {
  it('makes secrets of 32 random bytes, whsec_-prefixed', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    expect(newWebhookSecret()).not.toBe(secret);
  });

  it('signs as the standardwebhooks library verifies, and a changed body fails', () => {
    const secret = newWebhookSecret();
    const body = JSON.stringify({ type: 'task.updated', data: { code: 'NV-HP-01', title: 'Tổng kết' } });
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = webhookHeaders(secret, 'msg_1', timestamp, body);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(secret).verify(body.replace('NV-HP-01', 'NV-HP-02'), headers)).toThrow();
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow();
  });
});
