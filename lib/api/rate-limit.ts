import { ConfigError } from '@/lib/config';

/**
 * Requests per token per minute (API_RATE_PER_MINUTE, default 600): counted in PostgreSQL
 * (db/queries/throttle.ts takeRequest), so the limit holds across every instance.
 */
export const API_RATE_WINDOW_MS = 60_000;
const DEFAULT_RATE = 600;

export function apiRatePerMinute(value = process.env.API_RATE_PER_MINUTE): number {
  const text = value?.trim() ?? '';
  if (!text) return DEFAULT_RATE;
  if (!/^\d{1,6}$/.test(text) || Number(text) < 1) {
    throw new ConfigError(
      `API_RATE_PER_MINUTE must be a whole number of requests per token per minute (1 or more), not "${text.slice(0, 20)}".`,
    );
  }
  return Number(text);
}

export function apiRateKey(tokenId: number): string {
  return `api:${tokenId}`;
}
