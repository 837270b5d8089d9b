'use client';

import { useLocale, useTranslations } from 'next-intl';
import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import type { UnitPurpose } from '@/lib/validations/unit-options';

export type UnitChoice = { code: string; label: string };
type Found = { units: UnitChoice[]; total: number };
type Unit = { code: string; nameVi: string; nameEn: string | null };

/**
 * Picks one unit among the thousands a national scope holds: a combobox that searches on the
 * server (code or name, with or without diacritics) and says how many match when it shows only
 * the first ones — a list is never cut silently. The form posts the chosen code under `name`;
 * typing again clears it until another unit is chosen.
 */
export function UnitPicker({
  label,
  name,
  purpose,
  unit,
  initial,
  errors,
  onChange,
  onChoose,
  describedBy,
  id = name,
}: {
  label: string;
  name: string;
  purpose: UnitPurpose;
  /** the unit being retired (purpose `successor`) */
  unit?: string;
  initial?: UnitChoice | null;
  errors?: string[];
  onChange?: (code: string) => void;
  /** the unit chosen, with its label (a list of units adds it) */
  onChoose?: (choice: UnitChoice) => void;
  /** the id of a hint under the field */
  describedBy?: string;
  id?: string;
}) {
  const t = useTranslations('unitPicker');
  const locale = useLocale();
  const listId = `${useId()}-list`;
  const [text, setText] = useState(initial?.label ?? '');
  const [chosen, setChosen] = useState<UnitChoice | null>(initial ?? null);
  const [open, setOpen] = useState(false);
  const [found, setFound] = useState<Found | null>(null);
  const [status, setStatus] = useState<'idle' | 'loading' | 'failed'>('idle');
  const [active, setActive] = useState(-1);
  const query = chosen ? '' : text.trim();

  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    setStatus('loading');
    const timer = setTimeout(async () => {
      const params = new URLSearchParams({ purpose, q: query, ...(unit ? { unit } : {}) });
      try {
        const response = await fetch(`/api/options/units?${params}`, { signal: controller.signal });
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { units: Unit[]; total: number };
        const labelOf = (u: Unit) => `${locale === 'en' ? (u.nameEn ?? u.nameVi) : u.nameVi} (${u.code})`;
        setFound({ units: body.units.map((u) => ({ code: u.code, label: labelOf(u) })), total: body.total });
        setActive(-1);
        setStatus('idle');
      } catch {
        if (!controller.signal.aborted) setStatus('failed');
      }
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [open, query, purpose, unit, locale]);

  const choose = (choice: UnitChoice) => {
    setChosen(choice);
    setText(choice.label);
    setOpen(false);
    onChange?.(choice.code);
    onChoose?.(choice);
  };

  const units = found?.units ?? [];
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) setOpen(true);
      else setActive((i) => Math.min(i + 1, units.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter' && open) {
      // choosing, not submitting the form
      event.preventDefault();
      if (active >= 0 && units[active]) choose(units[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      if (chosen) setText(chosen.label);
    }
  };

  const summary =
    status === 'loading'
      ? t('loading')
      : status === 'failed'
        ? t('failed')
        : !found
          ? ''
          : found.total === 0
            ? t('none')
            : found.total > units.length
              ? t('more', { shown: units.length, total: found.total })
              : t('all', { total: found.total });
  const errorId = `${id}-error`;
  const statusId = `${id}-status`;
  const invalid = !!errors?.length;
  return (
    <div className="relative flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={[statusId, describedBy, invalid ? errorId : ''].filter(Boolean).join(' ')}
        placeholder={t('placeholder')}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          if (chosen) {
            setChosen(null);
            onChange?.('');
          }
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          if (chosen) setText(chosen.label);
        }}
        onKeyDown={onKeyDown}
        className="min-h-10 w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 text-base aria-invalid:border-red-600"
      />
      <input type="hidden" name={name} value={chosen?.code ?? ''} />
      {open && (
        <div className="absolute top-full right-0 left-0 z-20 mt-1 rounded-md border border-slate-300 bg-white shadow-lg">
          <div id={listId} role="listbox" aria-label={label} className="max-h-72 overflow-y-auto py-1">
            {units.map((choice, index) => (
              // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard stays in the input (aria-activedescendant)
              <div
                key={choice.code}
                id={`${listId}-${index}`}
                role="option"
                tabIndex={-1}
                aria-selected={index === active}
                // keeps the focus in the input, so that blur does not close the list first
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(choice)}
                className="cursor-pointer px-3 py-2 text-base aria-selected:bg-brand-50 hover:bg-slate-100"
              >
                {choice.label}
              </div>
            ))}
          </div>
          {summary && (
            <p aria-hidden="true" className="border-t border-slate-200 px-3 py-2 text-sm text-slate-600">
              {summary}
            </p>
          )}
        </div>
      )}
      <p id={statusId} aria-live="polite" className="sr-only">
        {open ? summary : ''}
      </p>
      {invalid && (
        <p id={errorId} className="text-sm text-red-700">
          {errors.join(' ')}
        </p>
      )}
    </div>
  );
}
