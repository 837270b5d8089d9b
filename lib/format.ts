import { isIsoDay } from '@/lib/clock';

/** Dates are shown dd/MM/yyyy in both languages; stored and passed as YYYY-MM-DD. */
export function formatDate(day: string | null | undefined): string {
  if (!day) return '';
  const [y, m, d] = day.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/**
 * The one date parser: a day as YYYY-MM-DD from what people type or files hold — dd/MM/yyyy,
 * d/M/yyyy (with / . or -) or YYYY-MM-DD — or null when it is no real day. The day comes
 * first whatever the browser's language: 12/31/2026 is refused, never read as 31 December,
 * and a two-digit year is refused rather than guessed.
 */
export function parseDay(text: string): string | null {
  const value = text.trim();
  let iso: string | null = null;
  const isoMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const vnMatch = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (isoMatch) iso = value;
  else if (vnMatch) iso = `${vnMatch[3]}-${vnMatch[2].padStart(2, '0')}-${vnMatch[1].padStart(2, '0')}`;
  return iso && isIsoDay(iso) ? iso : null;
}

// Formatters are made once per locale: creating an Intl.NumberFormat costs ~30 µs, and the
// dashboard formats a few thousand numbers per page (issue #8: 28 ms of each render).
const numberFormats = {
  vi: new Intl.NumberFormat('vi-VN'),
  en: new Intl.NumberFormat('en-GB'),
};
const percentFormats = {
  vi: new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 }),
};

export function formatNumber(value: number, locale: string): string {
  return numberFormats[locale === 'en' ? 'en' : 'vi'].format(value);
}

/** A count that stops at `cap` (the cap + 1 means more): "1.000+" past it. */
export function formatCapped(value: number, cap: number, locale: string): string {
  return value > cap ? `${formatNumber(cap, locale)}+` : formatNumber(value, locale);
}

/** 0.4567 → "45,7%" (vi) / "45.7%" (en). */
export function formatPercent(ratio: number, locale: string): string {
  return percentFormats[locale === 'en' ? 'en' : 'vi'].format(ratio);
}

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** An instant as hh:mm:ss in Vietnam's time, the same in both languages. */
export function formatTime(instant: Date): string {
  return timeFormat.format(instant);
}

const signedFormats = {
  vi: new Intl.NumberFormat('vi-VN', { signDisplay: 'exceptZero', maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { signDisplay: 'exceptZero', maximumFractionDigits: 1 }),
};

/** A change with its sign: 12 → "+12", −3.5 → "-3,5" (vi) / "-3.5" (en), 0 → "0". */
export function formatSigned(value: number, locale: string): string {
  return signedFormats[locale === 'en' ? 'en' : 'vi'].format(value);
}
