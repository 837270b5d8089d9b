/**
 * The one clock of the application. "Today" is a calendar day in Asia/Ho_Chi_Minh and is
 * passed into SQL as a parameter, never taken from now() inside a query.
 * APP_NOW (an ISO instant) fixes the clock of a whole server, for demos and end-to-end tests;
 * tests in-process use setClock().
 */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

let fixedNow: Date | null = null;

export function setClock(instant: Date | string | null): void {
  fixedNow = instant === null ? null : new Date(instant);
}

export function now(): Date {
  if (fixedNow) return new Date(fixedNow);
  const fromEnv = process.env.APP_NOW;
  if (fromEnv) return new Date(fromEnv);
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
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
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
