import { useTranslations } from 'next-intl';
import type { TimelineEntry } from '@/db/queries/tasks';
import { type SupportPartStatus, TASK_STATUSES } from '@/lib/domain/tasks';
import { formatDate } from '@/lib/format';
import { formatDateTime } from '@/lib/format-time';

/** Every change of the task: who, when, from → to, and the note that came with it. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  const t = useTranslations('tasks');
  const tc = useTranslations('cascade');
  const value = (v: string | null, part = false) => {
    if (!v) return '';
    if (part) return t(`parts.statuses.${v as SupportPartStatus}`);
    if ((TASK_STATUSES as readonly string[]).includes(v))
      return t(`status.${v as (typeof TASK_STATUSES)[number]}`);
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return formatDate(v);
    return v;
  };
  return (
    <ol className="flex flex-col gap-3" data-testid="timeline">
      {entries.map((entry) => {
        const data = entry.data ?? {};
        const key = entry.action.replace(/^task\./, '');
        const known = t.has(`timeline.actions.${key}`);
        const changes = data.changes && typeof data.changes === 'object' ? Object.keys(data.changes) : [];
        const part = key === 'part';
        const units = key === 'support';
        return (
          <li key={entry.id} className="border-l-2 border-slate-300 pl-3">
            <p className="text-sm text-slate-600">
              <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at)}</time> ·{' '}
              {entry.actorName ?? t('timeline.system')}
            </p>
            <p className="font-medium">
              {known ? t(`timeline.actions.${key}` as 'timeline.actions.create') : entry.action}
              {entry.fromValue !== entry.toValue && (entry.fromValue || entry.toValue) && (
                <span className="font-normal">
                  {': '}
                  {typeof data.unit === 'string' ? `${data.unit} · ` : ''}
                  {units
                    ? `${entry.fromValue ?? t('detail.none')} → ${entry.toValue ?? t('detail.none')}`
                    : `${entry.fromValue ? `${value(entry.fromValue, part)} → ` : ''}${value(entry.toValue, part)}`}
                </span>
              )}
            </p>
            {typeof data.parent === 'string' && (
              <p className="text-sm">{tc('timelineParent', { code: data.parent })}</p>
            )}
            {typeof data.progress === 'number' && (
              <p className="text-sm">{t('timeline.progress', { value: data.progress })}</p>
            )}
            {typeof data.completedOn === 'string' && (
              <p className="text-sm">{t('timeline.completedOn', { date: formatDate(data.completedOn) })}</p>
            )}
            {typeof data.docRef === 'string' && (
              <p className="text-sm">{t('timeline.docRef', { docRef: data.docRef })}</p>
            )}
            {typeof data.note === 'string' && (
              <p className="text-sm whitespace-pre-line">{t('timeline.note', { note: data.note })}</p>
            )}
            {typeof data.reason === 'string' && (
              <p className="text-sm whitespace-pre-line">{t('timeline.reason', { reason: data.reason })}</p>
            )}
            {typeof data.openPartsNote === 'string' && (
              <p className="text-sm whitespace-pre-line">
                {t('timeline.openPartsNote', {
                  units: Array.isArray(data.openParts) ? data.openParts.join(', ') : '',
                  note: data.openPartsNote,
                })}
              </p>
            )}
            {data.cause === 'closed' || data.cause === 'reassigned' || data.cause === 'extended' ? (
              <p className="text-sm">{t(`timeline.withdrawnCause.${data.cause}`)}</p>
            ) : null}
            {changes.length > 0 && (
              <p className="text-sm">{t('timeline.edited', { fields: changes.join(', ') })}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
