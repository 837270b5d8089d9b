'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, startTransition, useActionState, useState } from 'react';
import { Button } from '@/components/ui/button';
import { formatDate } from '@/lib/format';
import type { ImportState } from '@/lib/import/outcome';
import { ImportReport, type ReportLabels } from './import-report';

const idle: ImportState = { status: 'idle' };

/**
 * Posts the form to its upload route (outside the proxy, with its own streaming limit: see
 * lib/http/upload.ts) and takes back what a server action would have answered. An answer that
 * is not the route's own (a proxy's error page, a dropped connection) is a generic error.
 */
async function upload(endpoint: string, data: FormData): Promise<ImportState> {
  try {
    const response = await fetch(endpoint, { method: 'POST', body: data, credentials: 'same-origin' });
    const body = (await response.json()) as ImportState;
    if (body && typeof body.status === 'string') return body;
  } catch {
    // falls through to the generic message
  }
  return { status: 'error', message: 'upload.failed' };
}

/**
 * Upload, dry run, commit. The form is submitted by hand so that React keeps the chosen file
 * after the dry run: the commit sends the same file again and the server checks it again.
 */
export function ImportForm({ endpoint, labels }: { endpoint: string; labels: ReportLabels }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(
    (_prev: ImportState, data: FormData) => upload(endpoint, data),
    idle,
  );
  // A file chosen after the dry run has not been checked: the commit button waits for a new one.
  const [checkedState, setCheckedState] = useState<ImportState | null>(null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const data = new FormData(event.currentTarget);
    const commit = submitter?.value === 'commit';
    data.set('mode', commit ? 'commit' : 'check');
    // The versions the dry run saw: a record changed since then makes the commit a conflict.
    if (commit) data.set('versions', JSON.stringify(state.summary?.versions ?? {}));
    setCheckedState(state);
    startTransition(() => action(data));
  };
  const clean = state.status === 'checked' && state.summary?.errors.length === 0 && checkedState !== state;
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
          onChange={() => setCheckedState(state)}
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
        {state.status === 'conflict' && state.conflict && (
          <div role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            <p className="font-medium">{t('import.conflict', { count: state.conflict.length })}</p>
            <ul className="list-disc pl-5" data-testid="import-conflicts">
              {state.conflict.slice(0, 20).map((c) => (
                <li key={`${c.line}-${c.code}`}>{t('import.conflictRow', { line: c.line, code: c.code })}</li>
              ))}
            </ul>
          </div>
        )}
        {state.status === 'checked' && state.summary && (
          <ImportReport summary={state.summary} formatDay={formatDate} labels={labels} />
        )}
      </div>
    </form>
  );
}
