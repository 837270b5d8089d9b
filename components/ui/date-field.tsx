'use client';

import { useLocale, useTranslations } from 'next-intl';
import { type KeyboardEvent, lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import type { Matcher } from 'react-day-picker';
import 'react-day-picker/style.css';
import { isIsoDay } from '@/lib/clock';
import { formatDate, parseDay } from '@/lib/format';

/** The calendar's script, fetched when a calendar is first wanted (a pointer over its button, a focus). */
const loadCalendar = () => import('./calendar');
const Calendar = lazy(loadCalendar);

function textOf(day: string | null | undefined): string {
  if (!day) return '';
  return isIsoDay(day) ? formatDate(day) : day;
}

function dateOf(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d);
}

function dayOfDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A date typed and shown dd/MM/yyyy whatever the browser's language, with a calendar to pick
 * from. The form receives YYYY-MM-DD under `name` (a hidden input), so server actions, GET
 * filters and URLs are those of a date input. Text that is no real day is refused next to the
 * field and its form is not sent; the server checks the day again.
 */
export function DateField({
  label,
  name,
  id,
  defaultValue,
  min,
  max,
  required,
  errors,
  onChange,
  className = '',
}: {
  label: string;
  name: string;
  /** an id of its own when the same field appears more than once on a page */
  id?: string;
  /** YYYY-MM-DD */
  defaultValue?: string | null;
  /** YYYY-MM-DD: days before it are not offered by the calendar (the server decides) */
  min?: string;
  /** YYYY-MM-DD: days after it are not offered by the calendar (the server decides) */
  max?: string;
  required?: boolean;
  errors?: string[];
  /** the day as YYYY-MM-DD, or '' while the text is empty or no real day */
  onChange?: (day: string) => void;
  className?: string;
}) {
  const t = useTranslations('dateField');
  const locale = useLocale();
  const inputId = id ?? name;
  const errorId = `${inputId}-error`;
  const popoverId = `${useId()}-calendar`;
  const [text, setText] = useState(() => textOf(defaultValue));
  const [refused, setRefused] = useState(false);
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const initial = useRef(defaultValue);
  initial.current = defaultValue;

  const day = parseDay(text);
  const serverErrors = errors ?? [];
  const invalid = refused || serverErrors.length > 0;

  const change = (next: string) => {
    setText(next);
    if (refused && (next.trim() === '' || parseDay(next))) setRefused(false);
    onChange?.(parseDay(next) ?? '');
  };

  // The form is not sent while the text is no real day; a form reset brings the first day back.
  useEffect(() => {
    const form = input.current?.form;
    if (!form) return;
    const onSubmit = (event: Event) => {
      const typed = input.current?.value.trim() ?? '';
      if (typed === '' || parseDay(typed)) return;
      const first = !event.defaultPrevented;
      event.preventDefault();
      // React's own submit handling (actions, onSubmit) listens above the form: it never sees this one
      event.stopPropagation();
      setRefused(true);
      if (first) input.current?.focus();
    };
    const onReset = () => {
      setText(textOf(initial.current));
      setRefused(false);
      setOpen(false);
    };
    form.addEventListener('submit', onSubmit);
    form.addEventListener('reset', onReset);
    return () => {
      form.removeEventListener('submit', onSubmit);
      form.removeEventListener('reset', onReset);
    };
  }, []);

  // A click or a focus elsewhere closes the calendar (focus stays where the user put it).
  useEffect(() => {
    if (!open) return;
    const onOutside = (event: Event) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onOutside);
    document.addEventListener('focusin', onOutside);
    return () => {
      document.removeEventListener('pointerdown', onOutside);
      document.removeEventListener('focusin', onOutside);
    };
  }, [open]);

  const openFrom = (element: HTMLElement) => {
    opener.current = element;
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    opener.current?.focus();
  };

  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.altKey && event.key === 'ArrowDown') {
      event.preventDefault();
      openFrom(event.currentTarget);
    }
  };

  // A real day is rewritten dd/MM/yyyy; other text is refused when the form is sent, not here:
  // a message appearing on blur would move the submit button away from under the pointer.
  const onBlur = () => {
    if (day) setText(formatDate(day));
  };

  const disabled: Matcher[] = [];
  if (min && isIsoDay(min)) disabled.push({ before: dateOf(min) });
  if (max && isIsoDay(max)) disabled.push({ after: dateOf(max) });
  const selected = day ? dateOf(day) : undefined;

  return (
    <div ref={wrapper} className={`relative flex flex-col gap-1 ${className}`}>
      <label htmlFor={inputId} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="flex max-w-full items-stretch">
        <input
          ref={input}
          id={inputId}
          type="text"
          autoComplete="off"
          placeholder={t('placeholder')}
          maxLength={10}
          required={required}
          value={text}
          onChange={(event) => change(event.target.value)}
          onBlur={onBlur}
          onKeyDown={onInputKeyDown}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? errorId : undefined}
          className="min-h-10 w-36 min-w-0 rounded-l-md border border-slate-300 bg-white px-3 py-2 text-base aria-invalid:border-red-600"
        />
        <button
          type="button"
          aria-label={t('open')}
          aria-haspopup="dialog"
          aria-expanded={open}
          aria-controls={open ? popoverId : undefined}
          onClick={(event) => (open ? setOpen(false) : openFrom(event.currentTarget))}
          onPointerEnter={loadCalendar}
          onFocus={loadCalendar}
          className="inline-flex min-h-10 min-w-10 items-center justify-center rounded-r-md border border-l-0 border-slate-300 bg-slate-50 text-slate-700 hover:bg-slate-100"
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5" fill="currentColor">
            <path d="M6 2a1 1 0 0 1 1 1v1h6V3a1 1 0 1 1 2 0v1h1a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2h1V3a1 1 0 0 1 1-1Zm10 7H4v7h12V9Z" />
          </svg>
        </button>
      </div>
      <input type="hidden" name={name} value={day ?? ''} />
      {open && (
        <div
          id={popoverId}
          role="dialog"
          aria-label={t('calendar')}
          className="absolute top-full left-0 z-30 mt-1 rounded-md border border-slate-200 bg-white p-2 shadow-lg"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              event.stopPropagation();
              close();
            }
          }}
        >
          <Suspense fallback={<div className="size-72" />}>
            <Calendar
              locale={locale}
              selected={selected}
              defaultMonth={selected ?? (min && isIsoDay(min) ? dateOf(min) : undefined)}
              disabled={disabled}
              onSelect={(date) => {
                change(formatDate(dayOfDate(date)));
                setRefused(false);
                close();
              }}
            />
          </Suspense>
        </div>
      )}
      {/* always there, so that a refusal made here (no server answer) is announced */}
      <p id={errorId} className="text-sm text-red-700 empty:hidden" aria-live="polite">
        {[...(refused ? [t('invalid')] : []), ...serverErrors].join(' ')}
      </p>
    </div>
  );
}
