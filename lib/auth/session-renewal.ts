import { wallClock } from '@/lib/clock';
import { openText, sealText } from './secret-box';

/**
 * Moving an account's session version ends all its sessions. When the user's own change moves
 * it (turning on two-factor sign-in), the session that made the change is carried over: the
 * server seals the new version for that one session (user id, session id) for a minute, and
 * the session update (auth.ts, jwt callback) takes it only from such a box.
 */
export type SessionRenewal = { uid: number; sid: string; sv: number };

const LIFETIME_MS = 60_000;

export function sealRenewal(renewal: SessionRenewal, at = wallClock(), secret?: string): string {
  return sealText(JSON.stringify({ ...renewal, exp: at.getTime() + LIFETIME_MS }), 'session-renewal', secret);
}

export function openRenewal(box: unknown, at = wallClock(), secret?: string): SessionRenewal | null {
  if (typeof box !== 'string' || box.length > 1000) return null;
  const text = openText(box, 'session-renewal', secret);
  if (!text) return null;
  const data = JSON.parse(text) as SessionRenewal & { exp: number };
  if (!(data.exp > at.getTime())) return null;
  if (!Number.isInteger(data.uid) || typeof data.sid !== 'string' || !Number.isInteger(data.sv)) return null;
  return { uid: data.uid, sid: data.sid, sv: data.sv };
}
