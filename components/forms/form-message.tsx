'use client';

import { useTranslations } from 'next-intl';
import type { ActionState } from '@/lib/action-state';

/**
 * Every form's live region: the outcome of the last submission, in the user's language.
 * An unknown message key (a bug, never user input) falls back to the generic error.
 */
export function FormMessage({ state, children }: { state: ActionState; children?: React.ReactNode }) {
  const t = useTranslations();
  return (
    <div aria-live="polite" className="empty:hidden">
      {state.status !== 'idle' && state.message && (
        <div
          role={state.status === 'error' ? 'alert' : 'status'}
          className={`rounded-md px-3 py-2 text-sm ${state.status === 'error' ? 'bg-red-50 text-red-800' : 'bg-green-50 text-green-900'}`}
        >
          <p>{t.has(state.message) ? t(state.message, state.values) : t('errors.generic')}</p>
          {children}
        </div>
      )}
    </div>
  );
}

/** Field errors are message keys: `errorsOf('title')` gives them translated, for `Field`'s `errors`. */
export function useFieldErrors(state: ActionState) {
  const t = useTranslations();
  return (field: string) =>
    state.fieldErrors?.[field]?.map((key) => (t.has(key) ? t(key) : t('errors.generic')));
}
