'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, startTransition, useActionState } from 'react';
import { type ImportState, importTasks } from '@/app/(app)/tasks/import/actions';
import { Button } from '@/components/ui/button';
import { formatDate } from '@/lib/format';
import { ImportReport } from './import-report';

const idle: ImportState = { status: 'idle' };

/**
 * Upload, dry run, commit. The form is submitted by hand so that React keeps the chosen file
 * after the dry run: the commit sends the same file again and the server checks it again.
 */
export function TaskImportForm() {
  const t = useTranslations();
  const [state, action, pending] = useActionState(importTasks, idle);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const data = new FormData(event.currentTarget);
    data.set('mode', submitter?.value === 'commit' ? 'commit' : 'check');
    startTransition(() => action(data));
  };
  const clean = state.status === 'checked' && state.summary?.errors.length === 0;
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" aria-busy={pending}>
      <div className="flex flex-col gap-1">
        <label htmlFor="import-file" className="text-sm font-medium">
          {t('import.fileLabel')}
        </label>
        <input
          id="import-file"
          name="file"
          type="file"
          required
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          aria-describedby="import-result"
          className="max-w-full text-sm"
        />
      </div>
      <div className="flex flex-wrap gap-3">
        <Button
          type="submit"
          name="mode"
          value="check"
          variant={clean ? 'secondary' : 'primary'}
          disabled={pending}
        >
          {pending ? t('import.checking') : t('import.check')}
        </Button>
        {clean && (
          <Button type="submit" name="mode" value="commit" disabled={pending}>
            {t('import.commit')}
          </Button>
        )}
      </div>
      <div id="import-result" aria-live="polite">
        {state.status === 'error' && state.message && (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
            {t(state.message, state.params)}
          </p>
        )}
        {state.status === 'done' && state.summary && (
          <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">
            {t('import.done', state.summary.counts)}
          </p>
        )}
        {state.status === 'checked' && state.summary && (
          <ImportReport summary={state.summary} formatDay={formatDate} />
        )}
      </div>
    </form>
  );
}
