import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import QRCode from 'qrcode';
import { AccountNav } from '@/components/account/account-nav';
import {
  ConfirmEnrolmentForm,
  DisableTwoFactorForm,
  RegenerateCodesForm,
  StartEnrolmentForm,
} from '@/components/account/two-factor-forms';
import { twoFactorStatus } from '@/db/queries/two-factor';
import { groupSecret } from '@/lib/auth/totp';
import { mustEnrolTwoFactor } from '@/lib/auth/two-factor-policy';
import { getViewerBeforeTwoFactor } from '@/lib/auth/viewer';
import { dayOf } from '@/lib/clock';
import { adminTwoFactorRequired } from '@/lib/config';
import { formatDate } from '@/lib/format';
import {
  confirmEnrolmentAction,
  disableTwoFactorAction,
  regenerateRecoveryCodesAction,
  startEnrolmentAction,
} from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('twoFactor');
  return { title: t('title') };
}

export default async function SecurityPage() {
  const viewer = await getViewerBeforeTwoFactor();
  const [t, status] = await Promise.all([getTranslations('twoFactor'), twoFactorStatus(viewer)]);
  const qr = status.pending ? await QRCode.toDataURL(status.pending.uri, { margin: 1, width: 220 }) : null;
  const required = viewer.role === 'admin' && adminTwoFactorRequired();
  return (
    <div className="flex flex-col gap-6">
      <AccountNav current="security" />
      <div className="flex max-w-2xl flex-col gap-2">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        {mustEnrolTwoFactor(viewer) && (
          <p
            role="status"
            className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900"
          >
            {t('required')}
          </p>
        )}
        <p className="text-slate-600">{t('intro')}</p>
        <p data-testid="two-factor-status" className="font-medium">
          {status.enabled
            ? t('statusOn', {
                date: formatDate(status.enabledAt ? dayOf(status.enabledAt) : null),
                count: status.recoveryCodesLeft,
              })
            : t('statusOff')}
        </p>
      </div>

      {!status.enabled && (
        <section className="flex max-w-2xl flex-col gap-4">
          {status.pending && qr && (
            <>
              <div className="flex flex-col gap-2">
                <p>{t('scan')}</p>
                {/* A data: URL made on the server: next/image adds nothing to it. */}
                {/* biome-ignore lint/performance/noImgElement: see above */}
                <img src={qr} alt={t('qrAlt')} width={220} height={220} className="border border-slate-200" />
                <p className="text-sm text-slate-700">{t('manual')}</p>
                <p className="text-sm">
                  <span className="sr-only">{t('secretLabel')}: </span>
                  <code
                    data-testid="totp-secret"
                    className="rounded bg-slate-100 px-2 py-1 font-mono text-base"
                  >
                    {groupSecret(status.pending.secret)}
                  </code>
                </p>
              </div>
              <div className="flex flex-col gap-2">
                <p>{t('confirmStep')}</p>
                <ConfirmEnrolmentForm action={confirmEnrolmentAction} />
              </div>
            </>
          )}
          <StartEnrolmentForm action={startEnrolmentAction} again={!!status.pending} />
        </section>
      )}

      {status.enabled && (
        <>
          <section aria-labelledby="regenerate-heading" className="flex max-w-2xl flex-col gap-2">
            <h2 id="regenerate-heading" className="text-lg font-semibold">
              {t('regenerateTitle')}
            </h2>
            <p className="text-sm text-slate-600">{t('regenerateHint')}</p>
            <RegenerateCodesForm action={regenerateRecoveryCodesAction} />
          </section>
          <section aria-labelledby="disable-heading" className="flex max-w-2xl flex-col gap-2">
            <h2 id="disable-heading" className="text-lg font-semibold">
              {t('disableTitle')}
            </h2>
            {required ? (
              <p className="text-sm text-slate-600">{t('requiredForAdmins')}</p>
            ) : (
              <DisableTwoFactorForm action={disableTwoFactorAction} />
            )}
          </section>
        </>
      )}
    </div>
  );
}
