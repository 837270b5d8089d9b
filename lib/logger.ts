import pino from 'pino';
import { currentRequestId } from './request-context';

/**
 * Structured logs, one JSON line per event; never log passwords, hashes or session tokens.
 * A line written while a request is served carries its id (`reqId`, scripts/request-id.cjs).
 */
export function logMixin(): { reqId?: string } {
  const reqId = currentRequestId();
  return reqId ? { reqId } : {};
}

export const logger = pino({
  level: process.env.LOG_LEVEL || 'info',
  redact: ['password', '*.password', 'passwordHash', '*.passwordHash', 'token', '*.token'],
  mixin: logMixin,
});
