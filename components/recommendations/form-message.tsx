'use client';

import { useTranslations } from 'next-intl';
import type { ActionState } from '@/lib/action-state';

/** The polite live region of a form: its success or error message, translated. */
export function FormMessage({ state }: { state: ActionState }) {
  const t = useTranslations();
  return (
    <div aria-live="polite" className="empty:hidden">
      {state.status !== 'idle' && state.message && (
        <p
          role={state.status === 'error' ? 'status' : undefined}
          className={`rounded-md px-3 py-2 text-sm ${state.status === 'error' ? 'bg-red-50 text-red-800' : 'bg-green-50 text-green-900'}`}
        >
          {t.has(state.message) ? t(state.message) : t('errors.generic')}
        </p>
      )}
    </div>
  );
}

/** Field errors are message keys: translate each. */
export function useFieldErrors(state: ActionState) {
  const t = useTranslations();
  return (field: string) =>
    state.fieldErrors?.[field]?.map((key) => (t.has(key) ? t(key) : t('recommendations.errors.fixFields')));
}
