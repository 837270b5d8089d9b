import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { AddresseeStatus } from '@/lib/domain/recommendations';
import { formatDate } from '@/lib/format';
import { StatusBadge, WarningBadge } from './status-badge';

type Named = { code: string; nameVi: string; nameEn: string | null };
export type AddresseeView = Named & {
  retired: boolean;
  successor: Named | null;
  status: AddresseeStatus;
  responseText: string | null;
  respondedOn: string | null;
  respondedBy: string | null;
  replyOverdue: boolean;
};

/** Each addressee with its own status and answer; a retired one with its successor. */
export async function AddresseeList<A extends AddresseeView>({
  addressees,
  name,
  statusLabel,
  answerFor,
}: {
  addressees: A[];
  name: (o: Named) => string;
  statusLabel: (s: string) => string;
  answerFor: (a: A) => ReactNode;
}) {
  const t = await getTranslations('recommendations');
  if (addressees.length === 0) return <p className="text-slate-600">{t('detail.noAddressees')}</p>;
  return (
    <ul className="grid items-start gap-3 md:grid-cols-2">
      {addressees.map((a) => (
        <li
          key={a.code}
          className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4"
          data-testid={`addressee-${a.code}`}
        >
          <div className="flex flex-wrap items-start justify-between gap-2">
            <h3 className="font-medium">
              {name(a)}
              {a.retired && a.successor && (
                <span className="block text-sm font-normal text-slate-600">
                  ({t('detail.retired')}) → {name(a.successor)}
                </span>
              )}
            </h3>
            <div className="flex flex-wrap gap-1">
              <StatusBadge status={a.status} label={statusLabel(a.status)} />
              {a.replyOverdue && <WarningBadge label={t('replyOverdue')} />}
            </div>
          </div>
          {a.responseText ? (
            <div className="text-sm">
              <p className="text-slate-600">{t('detail.response')}</p>
              <p className="whitespace-pre-wrap break-words">{a.responseText}</p>
            </div>
          ) : (
            <p className="text-sm text-slate-600">{t('detail.noResponse')}</p>
          )}
          {a.respondedBy && a.respondedOn && (
            <p className="text-sm text-slate-600">
              {t('detail.respondedBy', { name: a.respondedBy, date: formatDate(a.respondedOn) })}
            </p>
          )}
          {answerFor(a)}
        </li>
      ))}
    </ul>
  );
}
