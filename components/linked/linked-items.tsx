import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { StatusBadge } from '@/components/tasks/status-badge';
import type { TaskStatus } from '@/lib/domain/tasks';
import { formatDate } from '@/lib/format';

/** A detail page's list of related records: a titled section, or a line saying there are none. */
export function LinkedSection({
  id,
  title,
  empty,
  children,
}: {
  id: string;
  title: string;
  empty: string;
  children: ReactNode[];
}) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-2">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children.length === 0 ? (
        <p className="text-slate-600">{empty}</p>
      ) : (
        <ul className="flex flex-col gap-2">{children}</ul>
      )}
    </section>
  );
}

const item = 'flex flex-wrap items-center gap-2 rounded-md border border-slate-200 bg-white p-3';
const codeLink = 'font-medium text-brand-700 underline';

/** A related task: its code (a link), status, deadline, title and, where useful, its unit. */
export function LinkedTask({
  task,
  unit,
}: {
  task: { code: string; title: string; status: TaskStatus; dueOn: string };
  unit?: string;
}) {
  const t = useTranslations('tasks.status');
  return (
    <li className={item}>
      <Link href={`/tasks/${task.code}`} className={codeLink}>
        {task.code}
      </Link>
      <StatusBadge status={task.status} label={t(task.status)} />
      <span className="text-sm text-slate-600">
        {unit ? `${unit} · ` : ''}
        {formatDate(task.dueOn)}
      </span>
      <p className="w-full text-sm">{task.title}</p>
    </li>
  );
}

/** A related recommendation: its code (a link), overall status and text. */
export function LinkedRecommendation({ rec }: { rec: { code: string; status: string; text: string } }) {
  const t = useTranslations('recommendationStatus');
  return (
    <li className={item}>
      <Link href={`/recommendations/${rec.code}`} className={codeLink}>
        {rec.code}
      </Link>
      <span className="text-sm text-slate-600">· {t(rec.status)}</span>
      <p className="w-full text-sm">{rec.text}</p>
    </li>
  );
}
