'use client';

import { useTranslations } from 'next-intl';
import type { ActionState } from '@/lib/action-state';

/** The form's live region: the outcome of the last submission, in the user's language. */
export function FormMessage({ state, children }: { state: ActionState; children?: React.ReactNode }) {
  const t = useTranslations();
  return (
    <div aria-live="polite" className="empty:hidden">
      {state.status !== 'idle' && state.message && (
        <div
          role={state.status === 'error' ? 'alert' : 'status'}
          className={`rounded-md px-3 py-2 text-sm ${state.status === 'error' ? 'bg-red-50 text-red-800' : 'bg-green-50 text-green-900'}`}
        >
          <p>{t(state.message)}</p>
          {children}
        </div>
      )}
    </div>
  );
}
