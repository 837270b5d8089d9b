import { getTranslations } from 'next-intl/server';
import { ScrollRegion } from '@/components/ui/scroll-region';
import type { ReferenceOperation } from '@/lib/api/reference-view';
import { SchemaView, TypeName } from './schema-view';

const METHOD_COLORS: Record<string, string> = {
  GET: 'bg-sky-100 text-sky-900',
  POST: 'bg-emerald-100 text-emerald-900',
  PATCH: 'bg-amber-100 text-amber-900',
  PUT: 'bg-amber-100 text-amber-900',
  DELETE: 'bg-red-100 text-red-900',
};

/** One operation of the API: its address, parameters, request body, answers and problem kinds. */
export async function OperationView({ operation }: { operation: ReferenceOperation }) {
  const t = await getTranslations('apiReference');
  const th = 'p-2';
  return (
    <section
      id={operation.id}
      aria-labelledby={`${operation.id}-title`}
      className="flex flex-col gap-3 rounded-md border border-slate-200 bg-white p-4"
    >
      <h3 id={`${operation.id}-title`} className="flex flex-wrap items-center gap-2 text-lg font-semibold">
        <span className={`rounded px-2 py-0.5 font-mono text-sm ${METHOD_COLORS[operation.method] ?? ''}`}>
          {operation.method}
        </span>
        <code className="font-mono break-all" data-testid="operation-path">
          {operation.path}
        </code>
        {operation.public && <span className="text-sm font-normal text-slate-600">({t('public')})</span>}
      </h3>
      <p>{operation.summary}</p>

      <h4 id={`${operation.id}-parameters`} className="font-semibold">
        {t('parameters')}
      </h4>
      {operation.parameters.length === 0 ? (
        <p className="text-sm text-slate-600">{t('none')}</p>
      ) : (
        <ScrollRegion aria-labelledby={`${operation.id}-parameters`}>
          <table className="w-full border-collapse text-sm">
            <thead className="border-b border-slate-300 bg-slate-50 text-left">
              <tr>
                <th scope="col" className={th}>
                  {t('name')}
                </th>
                <th scope="col" className={th}>
                  {t('in')}
                </th>
                <th scope="col" className={th}>
                  {t('type')}
                </th>
                <th scope="col" className={th}>
                  {t('description')}
                </th>
              </tr>
            </thead>
            <tbody>
              {operation.parameters.map((p) => (
                <tr key={`${p.in}-${p.name}`} className="border-b border-slate-100 align-top">
                  <td className="p-2 font-mono whitespace-nowrap">
                    {p.name}
                    {p.required && <span className="text-slate-600"> ({t('required')})</span>}
                  </td>
                  <td className="p-2">
                    {t(`location.${p.in === 'path' || p.in === 'header' ? p.in : 'query'}`)}
                  </td>
                  <td className="p-2">
                    <TypeName schema={p.schema} />
                  </td>
                  <td className="p-2">{p.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}

      {operation.requestBody.length > 0 && (
        <>
          <h4 id={`${operation.id}-body`} className="font-semibold">
            {t('requestBody')}
          </h4>
          <ul className="flex flex-col gap-1 text-sm">
            {operation.requestBody.map((c) => (
              <li key={c.mediaType}>
                <code className="font-mono">{c.mediaType}</code>: <TypeName schema={c.schema} />
              </li>
            ))}
          </ul>
          {operation.requestBody[0]?.schema && (
            <ScrollRegion aria-labelledby={`${operation.id}-body`}>
              <SchemaView schema={operation.requestBody[0].schema} />
            </ScrollRegion>
          )}
        </>
      )}

      <h4 id={`${operation.id}-responses`} className="font-semibold">
        {t('responses')}
      </h4>
      <ScrollRegion aria-labelledby={`${operation.id}-responses`}>
        <table className="w-full border-collapse text-sm">
          <thead className="border-b border-slate-300 bg-slate-50 text-left">
            <tr>
              <th scope="col" className={th}>
                {t('status')}
              </th>
              <th scope="col" className={th}>
                {t('description')}
              </th>
              <th scope="col" className={th}>
                {t('content')}
              </th>
            </tr>
          </thead>
          <tbody>
            {operation.responses.map((r) => (
              <tr key={r.status} className="border-b border-slate-100 align-top">
                <td className="p-2 font-mono">{r.status}</td>
                <td className="p-2">
                  {r.problems.length > 0 ? (
                    <span>
                      {t('problemKinds')}:{' '}
                      {r.problems.map((kind, i) => (
                        <span key={kind}>
                          {i > 0 && ', '}
                          <a href={`#problem-${kind}`} className="font-mono text-brand-700 underline">
                            {kind}
                          </a>
                        </span>
                      ))}
                    </span>
                  ) : (
                    r.description
                  )}
                  {r.headers.length > 0 && (
                    <span className="block text-slate-600">
                      {t('headers')}: <code className="font-mono">{r.headers.join(', ')}</code>
                    </span>
                  )}
                </td>
                <td className="p-2">
                  {r.content.map((c) => (
                    <span key={c.mediaType} className="block">
                      <code className="font-mono">{c.mediaType}</code>
                      {c.schema && (
                        <>
                          {' '}
                          <TypeName schema={c.schema} />
                        </>
                      )}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
