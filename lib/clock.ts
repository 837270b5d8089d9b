/**
 * The one clock of the application. "Today" is a calendar day in Asia/Ho_Chi_Minh and is
 * passed into SQL as a parameter, never taken from now() inside a query.
 * APP_NOW (an ISO instant) fixes the clock of a whole server for demos and end-to-end tests:
 * it is honoured only with SEED_DEMO=1 or NODE_ENV=test, so that a production server left with
 * it set still counts days from the real date. Tests in-process use setClock().
 */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

let fixedNow: Date | null = null;

export function setClock(instant: Date | string | null): void {
  fixedNow = instant === null ? null : new Date(instant);
}

/** True when this server may honour APP_NOW: a demo (SEED_DEMO=1) or a test run. */
export function honoursAppNow(): boolean {
  const demo = process.env.SEED_DEMO === '1' || process.env.SEED_DEMO === 'true';
  return demo || process.env.NODE_ENV === 'test';
}

function appNow(): Date | null {
  const fromEnv = process.env.APP_NOW;
  if (!fromEnv || !honoursAppNow()) return null;
  const instant = new Date(fromEnv);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

export function now(): Date {
  if (fixedNow) return new Date(fixedNow);
  return appNow() ?? new Date();
}

/**
 * The clock of what must expire for real: sessions, sign-in locks, sign-in challenges. A test
 * moves it with setClock() (or APP_NOW under NODE_ENV=test); a running server, demo or not,
 * uses the real time, so that no APP_NOW keeps a lock or a session alive for ever.
 */
export function expiryClock(): Date {
  if (fixedNow) return new Date(fixedNow);
  if (process.env.NODE_ENV === 'test') return appNow() ?? new Date();
  return new Date();
}

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day (YYYY-MM-DD) of an instant in Vietnam. */
export function dayOf(instant: Date): string {
  return dayFormat.format(instant);
}

export function today(): string {
  return dayOf(now());
}

/** The first instant after the end of a Vietnamese calendar day: "as of" that day. */
export function endOfDay(day: string): Date {
  const next = new Date(`${day}T00:00:00+07:00`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

/**
 * The one check of a calendar day written YYYY-MM-DD: a day that exists (2024-02-29 is one,
 * 2024-02-31 is not, and is never rolled over to 2 March).
 */
export function isIsoDay(value: string): boolean {
  // Year 0000 exists in JavaScript, not in PostgreSQL ('0000-01-01'::date fails): refused here.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || value.startsWith('0000')) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A calendar day shifted by a number of days. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The real time, whatever APP_NOW says: one-time codes are computed by the user's phone (or
 * a test) from the wall clock, so they are checked against it too.
 */
export function wallClock(): Date {
  return new Date();
}
