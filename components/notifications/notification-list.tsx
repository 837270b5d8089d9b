import { useTranslations } from 'next-intl';
import { openNotification, readNotification } from '@/app/(app)/notifications/actions';
import { formatDate } from '@/lib/format';

export type NotificationListItem = {
  id: number;
  kind: string;
  code: string;
  day: string;
  data: Record<string, unknown>;
  read: boolean;
};

/** The viewer's notifications: what happened, the record's code (which opens it), the day. */
export function NotificationList({ items }: { items: NotificationListItem[] }) {
  const t = useTranslations('notifications');
  return (
    <ul className="flex flex-col divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
      {items.map((item) => {
        const dueOn = typeof item.data.dueOn === 'string' ? item.data.dueOn : null;
        const requestedDueOn = typeof item.data.requestedDueOn === 'string' ? item.data.requestedDueOn : null;
        const reason = typeof item.data.reason === 'string' ? item.data.reason : null;
        return (
          <li
            key={item.id}
            className={`flex flex-wrap items-center justify-between gap-2 p-3 ${item.read ? '' : 'bg-brand-50'}`}
          >
            <div className="flex flex-col gap-1">
              <p className="text-sm">
                {!item.read && (
                  <span className="mr-2 rounded-full bg-amber-400 px-2 text-xs font-semibold text-slate-900">
                    {t('new')}
                  </span>
                )}
                <span className={item.read ? '' : 'font-semibold'}>{t(`kind.${item.kind}`)}</span>
              </p>
              <form action={openNotification}>
                <input type="hidden" name="id" value={item.id} />
                <button
                  type="submit"
                  aria-label={`${t(`kind.${item.kind}`)}: ${t('open', { code: item.code })}`}
                  className="font-mono text-sm text-brand-700 underline"
                >
                  {item.code}
                </button>
              </form>
              <p className="text-xs text-slate-600">
                {formatDate(item.day)}
                {dueOn && <> · {t('dueOn', { date: formatDate(dueOn) })}</>}
                {requestedDueOn && <> · {t('requestedDueOn', { date: formatDate(requestedDueOn) })}</>}
              </p>
              {reason && <p className="text-sm whitespace-pre-line break-words">{t('reason', { reason })}</p>}
            </div>
            {!item.read && (
              <form action={readNotification}>
                <input type="hidden" name="id" value={item.id} />
                <button type="submit" className="rounded-md px-2 py-1 text-sm text-brand-700 underline">
                  {t('markRead')}
                </button>
              </form>
            )}
          </li>
        );
      })}
    </ul>
  );
}
