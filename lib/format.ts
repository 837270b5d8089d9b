/** Dates are shown dd/MM/yyyy in both languages; stored and passed as YYYY-MM-DD. */
export function formatDate(day: string | null | undefined): string {
  if (!day) return '';
  const [y, m, d] = day.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'vi-VN').format(value);
}

/** 0.4567 → "45,7 %" (vi) / "45.7%" (en). */
export function formatPercent(ratio: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'vi-VN', {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(ratio);
}
