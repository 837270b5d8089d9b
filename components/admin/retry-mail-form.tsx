'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { Button } from '@/components/ui/button';
import { type ActionState, idle } from '@/lib/action-state';

/** Puts one failed mail back in the queue. */
export function RetryMailForm({
  action,
  id,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  id: number;
}) {
  const t = useTranslations('adminSystem');
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form action={formAction} className="flex flex-col gap-1">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="secondary" disabled={pending || state.status === 'success'}>
        {t('retry')}
      </Button>
    </form>
  );
}
