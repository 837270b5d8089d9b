import { getTranslations } from 'next-intl/server';
import type { DocumentDefaults } from '@/db/queries/reference';
import { PrintButton } from './print-button';

const link =
  'inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-3 text-sm hover:bg-slate-100';
const input = 'min-h-10 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm';

/**
 * Downloads of one report with the page's filters: XLSX and CSV at once, Word after a short form
 * prefilled from the user's organization.
 */
export async function ExportLinks({
  report,
  query,
  filters,
  defaults,
  signerName,
  subject,
  word,
}: {
  report: string;
  query: string;
  filters: Record<string, string>;
  defaults: DocumentDefaults;
  signerName: string;
  /** the subject line the form starts with (the review named in full) */
  subject: string;
  /** summaries also come as a Word report; detail lists as spreadsheets only */
  word: boolean;
}) {
  const t = await getTranslations('reports');
  const party = defaults.sector === 'party';
  const href = (format: string) => `/api/export/${report}${query ? `${query}&` : '?'}format=${format}`;
  return (
    <div className="flex flex-col gap-3 print:hidden">
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm font-medium">{t('download')}:</span>
        <a className={link} href={href('xlsx')} download>
          {t('xlsx')}
        </a>
        <a className={link} href={href('csv')} download>
          {t('csv')}
        </a>
        <PrintButton label={t('print')} />
      </div>
      {word && (
        <details className="rounded-md border border-slate-200 bg-white p-3">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">{t('docx')}</summary>
          <form
            method="get"
            action={`/api/export/${report}`}
            className="mt-3 grid gap-3 sm:grid-cols-2"
            aria-label={t('docxForm')}
          >
            {Object.entries(filters).map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={value} />
            ))}
            <input type="hidden" name="format" value="docx" />
            <label className="flex flex-col gap-1 text-sm">
              {t('docNumber')}
              <input
                name="number"
                maxLength={60}
                placeholder={t(
                  party ? 'officialDocument.partyNumberExample' : 'officialDocument.stateNumberExample',
                )}
                className={input}
              />
            </label>
            <label className="flex flex-col gap-1 text-sm">
              {t('place')}
              <input name="place" maxLength={60} defaultValue={defaults.place} className={input} />
            </label>
            <label className="flex flex-col gap-1 text-sm sm:col-span-2">
              {t('subject')}
              <input name="subject" maxLength={300} defaultValue={subject} className={input} />
            </label>
            <label className="flex flex-col gap-1 text-sm sm:col-span-2">
              {t('recipients')}
              <textarea
                name="recipients"
                rows={3}
                maxLength={2000}
                defaultValue={t('defaultRecipient')}
                className={input}
              />
            </label>
            <label className="flex flex-col gap-1 text-sm">
              {t('signerTitle')}
              <textarea
                name="signerTitle"
                rows={2}
                maxLength={120}
                defaultValue={`${party ? 'T/M' : 'TM.'} ${defaults.issuingBody.toUpperCase()}`}
                aria-describedby={`${report}-signer-hint`}
                className={input}
              />
              <span id={`${report}-signer-hint`} className="text-xs text-slate-600">
                {t('signerTitleHint')}
              </span>
            </label>
            <label className="flex flex-col gap-1 text-sm">
              {t('signerName')}
              <input name="signerName" maxLength={120} defaultValue={signerName} className={input} />
            </label>
            <div className="sm:col-span-2">
              <button
                type="submit"
                className="min-h-10 rounded-md bg-brand-700 px-4 text-sm font-medium text-white hover:bg-brand-800"
              >
                {t('docx')}
              </button>
            </div>
          </form>
        </details>
      )}
    </div>
  );
}
