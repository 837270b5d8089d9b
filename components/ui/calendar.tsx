'use client';

import type { CSSProperties } from 'react';
import { DayPicker, type Matcher } from 'react-day-picker';
import { enGB, vi } from 'react-day-picker/locale';

/** The calendar in the application's colours (react-day-picker reads these variables). */
const calendarColours = {
  '--rdp-accent-color': 'var(--color-brand-700)',
  '--rdp-accent-background-color': 'var(--color-brand-50)',
  '--rdp-day-height': '2.5rem',
  '--rdp-day-width': '2.5rem',
  '--rdp-day_button-height': '2.375rem',
  '--rdp-day_button-width': '2.375rem',
} as CSSProperties;

/**
 * The month grid of a date field. A module of its own, loaded when a calendar is first opened
 * (components/ui/date-field.tsx): react-day-picker and its date library are ~24 KB of gzipped
 * script that a page with date fields — the dashboard's filters — need not load to show itself.
 */
export default function Calendar({
  locale,
  selected,
  defaultMonth,
  disabled,
  onSelect,
}: {
  locale: string;
  selected?: Date;
  defaultMonth?: Date;
  disabled: Matcher[];
  onSelect: (date: Date) => void;
}) {
  return (
    <DayPicker
      mode="single"
      required
      autoFocus
      locale={locale === 'en' ? enGB : vi}
      lang={locale === 'en' ? 'en' : 'vi'}
      selected={selected}
      defaultMonth={defaultMonth}
      disabled={disabled}
      showOutsideDays
      style={calendarColours}
      onSelect={(date) => date && onSelect(date)}
    />
  );
}
