import { getTranslations } from 'next-intl/server';
import { TIME_ZONE } from '@/lib/clock';

type TimelineEvent = {
  id: number;
  at: Date;
  action: string;
  fromValue: string | null;
  toValue: string | null;
  data: Record<string, unknown> | null;
  actor: string | null;
};

const format = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

const KNOWN = new Set([
  'create',
  'edit',
  'submit',
  'answer',
  'setDeadline',
  'markDuplicate',
  'unmarkDuplicate',
  'duplicateAdded',
  'duplicateRemoved',
]);

/** The history of a recommendation, oldest first, from its events. */
export async function Timeline({
  events,
  statusLabel,
  addresseeName,
}: {
  events: TimelineEvent[];
  statusLabel: (s: string) => string;
  addresseeName: (code: string) => string;
}) {
  const t = await getTranslations('recommendations');
  if (events.length === 0) return <p className="text-slate-600">{t('detail.noTimeline')}</p>;
  return (
    <ol className="flex flex-col gap-3 border-l-2 border-slate-200 pl-4">
      {events.map((event) => {
        const kind = event.action.replace(/^recommendation\./, '');
        const data = event.data ?? {};
        const label = KNOWN.has(kind)
          ? t(`events.${kind}`, {
              addressee: addresseeName(String(data.addressee ?? '')),
              code: String(data.primary ?? data.duplicate ?? ''),
            })
          : t('events.other', { action: event.action });
        const change =
          kind === 'answer' && event.toValue
            ? `${event.fromValue ? `${statusLabel(event.fromValue)} → ` : ''}${statusLabel(event.toValue)}`
            : kind === 'setDeadline' && event.toValue
              ? `${event.fromValue ? `${event.fromValue.split('-').reverse().join('/')} → ` : ''}${event.toValue.split('-').reverse().join('/')}`
              : null;
        return (
          <li key={event.id} className="text-sm">
            <p>
              <time dateTime={new Date(event.at).toISOString()} className="text-slate-600 tabular-nums">
                {format.format(new Date(event.at))}
              </time>{' '}
              · <span className="font-medium">{label}</span>
              {change && <span> ({change})</span>}
            </p>
            {event.actor && <p className="text-slate-600">{event.actor}</p>}
            {typeof data.response === 'string' && (
              <p className="mt-1 whitespace-pre-wrap text-slate-800">{data.response}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
