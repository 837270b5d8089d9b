'use client';

import { useTranslations } from 'next-intl';
import type { ActionState } from '@/lib/action-state';

/** The outcome of a form, announced to screen readers. */
export function FormStatus({ state }: { state: ActionState }) {
  const t = useTranslations();
  return (
    <div aria-live="polite">
      {state.status !== 'idle' && state.message && (
        <p
          className={`rounded-md px-3 py-2 text-sm ${state.status === 'error' ? 'bg-red-50 text-red-800' : 'bg-green-50 text-green-800'}`}
        >
          {t(state.message)}
        </p>
      )}
    </div>
  );
}
