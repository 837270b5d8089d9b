import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { OperationView } from '@/components/api-reference/operation-view';
import { SchemaView } from '@/components/api-reference/schema-view';
import { LanguageSwitch } from '@/components/layout/language-switch';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { openApiDocument } from '@/lib/api/openapi';
import { PROBLEM_TYPE_BASE, PROBLEMS, type ProblemKind } from '@/lib/api/problem';
import { type JsonSchema, referenceOperations } from '@/lib/api/reference-view';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('apiReference');
  return { title: t('title') };
}

/** This server's address as the caller reached it, for the examples. */
async function origin(): Promise<string> {
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost:3000';
  const proto = h.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? 'http';
  return `${proto}://${host.split(',')[0].trim()}`;
}

/**
 * /developers/api: the reference of /api/v1 for developers, public as the OpenAPI document it is
 * rendered from (openApiDocument(): every operation it describes is shown, nothing else).
 */
export default async function ApiReferencePage() {
  const [t, tAll, base] = await Promise.all([getTranslations('apiReference'), getTranslations(), origin()]);
  const document = openApiDocument();
  const operations = referenceOperations(document);
  const schemas = ((document.components as JsonSchema).schemas ?? {}) as Record<string, JsonSchema>;
  const curl = [
    `curl -H "Authorization: Bearer $TOKEN" -H "Accept-Language: ${t('exampleLanguage')}" \\`,
    `  "${base}/api/v1/tasks?status=in_progress&limit=20"`,
  ].join('\n');
  const h2 = 'text-xl font-semibold';
  return (
    <main className="mx-auto flex max-w-5xl flex-col gap-8 p-4 sm:p-8">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm font-medium text-brand-700">{tAll('app.name')}</p>
          <h1 className="text-2xl font-semibold">{t('title')}</h1>
          <p className="mt-2 max-w-3xl text-slate-700">{t('intro')}</p>
          <p className="mt-2">
            <a href="/api/v1/openapi.json" className="text-brand-700 underline">
              {t('openapi')}
            </a>
          </p>
        </div>
        <LanguageSwitch />
      </header>

      <section aria-labelledby="start" className="flex flex-col gap-3">
        <h2 id="start" className={h2}>
          {t('startTitle')}
        </h2>
        <ol className="flex list-decimal flex-col gap-2 pl-6">
          <li>
            {t('stepToken')}{' '}
            <a href="/account/tokens" className="font-mono text-brand-700 underline">
              /account/tokens
            </a>
          </li>
          <li>{t('stepSend')}</li>
          <li>{t('stepLanguage')}</li>
        </ol>
        <ScrollRegion aria-label="curl" className="overflow-x-auto rounded-md bg-slate-900 p-3">
          <pre className="text-sm text-slate-50">
            <code data-testid="curl-example">{curl}</code>
          </pre>
        </ScrollRegion>
        <ul className="flex list-disc flex-col gap-1 pl-6">
          <li>{t('paging')}</li>
          <li>{t('versions')}</li>
          <li>{t('limits')}</li>
          <li>{t('dates')}</li>
        </ul>
      </section>

      <section aria-labelledby="problems" className="flex flex-col gap-3">
        <h2 id="problems" className={h2}>
          {t('problemsTitle')}
        </h2>
        <p>{t('problemsText')}</p>
        <ScrollRegion
          aria-labelledby="problems"
          className="overflow-x-auto rounded-md border border-slate-200 bg-white"
        >
          <table className="w-full border-collapse text-sm">
            <thead className="border-b border-slate-300 bg-slate-50 text-left">
              <tr>
                <th scope="col" className="p-2">
                  {t('problemKind')}
                </th>
                <th scope="col" className="p-2">
                  {t('status')}
                </th>
                <th scope="col" className="p-2">
                  {t('problemTitle')}
                </th>
                <th scope="col" className="p-2">
                  {t('problemType')}
                </th>
              </tr>
            </thead>
            <tbody>
              {(Object.keys(PROBLEMS) as ProblemKind[]).map((kind) => (
                <tr key={kind} id={`problem-${kind}`} className="border-b border-slate-100 align-top">
                  <td className="p-2 font-mono">{kind}</td>
                  <td className="p-2 font-mono">{PROBLEMS[kind]}</td>
                  <td className="p-2">{tAll(`api.problems.${kind}.title`)}</td>
                  <td className="p-2 font-mono break-all">{`${PROBLEM_TYPE_BASE}${kind.replaceAll('_', '-')}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      <nav aria-labelledby="operations-index" className="flex flex-col gap-2">
        <h2 id="operations-index" className={h2}>
          {t('operationsTitle')}
        </h2>
        <ul className="flex flex-col gap-1">
          {operations.map((op) => (
            <li key={op.id}>
              <a href={`#${op.id}`} className="text-brand-700 underline">
                <span className="font-mono">
                  {op.method} {op.path}
                </span>
              </a>{' '}
              — {op.summary}
            </li>
          ))}
        </ul>
      </nav>

      <div className="flex flex-col gap-4">
        {operations.map((op) => (
          <OperationView key={op.id} operation={op} />
        ))}
      </div>

      <section aria-labelledby="schemas" className="flex flex-col gap-4">
        <h2 id="schemas" className={h2}>
          {t('schemasTitle')}
        </h2>
        {Object.entries(schemas).map(([name, schema]) => (
          <section
            key={name}
            id={`schema-${name}`}
            aria-labelledby={`schema-${name}-title`}
            className="flex flex-col gap-2 rounded-md border border-slate-200 bg-white p-4"
          >
            <h3 id={`schema-${name}-title`} className="font-mono text-lg font-semibold">
              {name}
            </h3>
            <ScrollRegion aria-labelledby={`schema-${name}-title`}>
              <SchemaView schema={schema} />
            </ScrollRegion>
          </section>
        ))}
      </section>
    </main>
  );
}
