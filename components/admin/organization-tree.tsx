import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { OrgKind } from '@/lib/domain/roles';
import { formatDate } from '@/lib/format';

export type TreeUnit = {
  id: number;
  parentId: number | null;
  code: string;
  name: string;
  kind: OrgKind;
  validTo: string | null;
  retired: boolean;
  match: boolean;
  successor: { code: string; name: string } | null;
};

/**
 * The organization tree as nested lists; the first two levels under the root open, the rest behind a
 * <details> each (no script needed). Retired units are marked with their last day and successor.
 */
export function OrganizationTree({ units, openAll }: { units: TreeUnit[]; openAll: boolean }) {
  const t = useTranslations('orgAdmin');
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<number | null, TreeUnit[]>();
  for (const unit of units) {
    // a unit whose parent is outside the list (the root of the admin's scope) is a root here
    const parent = unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }

  const label = (unit: TreeUnit) => (
    <span className={unit.retired ? 'text-slate-500' : ''}>
      <Link
        href={`/admin/organizations/${encodeURIComponent(unit.code)}`}
        className={`underline ${unit.retired ? 'text-slate-600 line-through' : 'text-brand-700'} ${unit.match && openAll ? 'font-semibold' : ''}`}
      >
        {unit.name}
      </Link>{' '}
      <span className="font-mono text-xs text-slate-600">{unit.code}</span>{' '}
      <span className="text-xs text-slate-600">· {t(`kinds.${unit.kind}`)}</span>
      {unit.validTo && (
        <span className="ml-2 rounded bg-amber-50 px-1.5 py-0.5 text-xs text-amber-900">
          {unit.retired
            ? t('retired', { date: formatDate(unit.validTo) })
            : t('validUntil', { date: formatDate(unit.validTo) })}
        </span>
      )}
      {unit.successor && (
        <span className="ml-2 text-xs">
          → {t('successor')}:{' '}
          <Link
            href={`/admin/organizations/${encodeURIComponent(unit.successor.code)}`}
            className="text-brand-700 underline"
          >
            {unit.successor.name}
          </Link>
        </span>
      )}
    </span>
  );

  const branch = (parent: number | null, depth: number) => {
    const list = children.get(parent);
    if (!list) return null;
    return (
      <ul
        className={
          depth === 0 ? 'flex flex-col gap-1' : 'ml-5 flex flex-col gap-1 border-l border-slate-200 pl-3'
        }
      >
        {list.map((unit) => (
          <li key={unit.id}>
            {children.has(unit.id) ? (
              // the unit's links stay outside the <summary>: a link inside a button (the summary)
              // is announced as one control, and its own link cannot be reached (nested-interactive)
              <>
                <div className="pl-4">{label(unit)}</div>
                <details open={openAll || depth < 2}>
                  <summary className="cursor-pointer pl-4 text-xs text-slate-600">
                    {t('subunits', { count: children.get(unit.id)?.length ?? 0, name: unit.name })}
                  </summary>
                  {branch(unit.id, depth + 1)}
                </details>
              </>
            ) : (
              <div className="pl-4">{label(unit)}</div>
            )}
          </li>
        ))}
      </ul>
    );
  };

  return branch(null, 0);
}
