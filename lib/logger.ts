import pino from 'pino';

/** Structured logs, one JSON line per event; never log passwords, hashes or session tokens. */
export const logger = pino({
  level: process.env.LOG_LEVEL || 'info',
  redact: ['password', '*.password', 'passwordHash', '*.passwordHash', 'token', '*.token'],
});
