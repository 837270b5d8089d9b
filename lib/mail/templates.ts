import type { DigestFrequency, MailLocale } from '@/lib/domain/mail-preferences';
import type { NotificationKind } from '@/lib/domain/notification-kinds';
import { DEADLINE_CLASSES, type DeadlineClass } from '@/lib/domain/tasks';
import { formatDate, formatNumber } from '@/lib/format';
import { type MailParts, renderHtml, renderText, subjectLine } from './render';
import { mailTranslator } from './translator';
import { linkTo } from './transport';

/** A mail ready for the outbox. */
export type MailContent = { subject: string; text: string; html: string };

/** What a mail may tell of a record the recipient can read: never more than this. */
export type MailRecord = {
  type: 'task' | 'recommendation';
  code: string;
  title: string;
  dueOn: string | null;
  unit: string;
};

function content(locale: MailLocale, subject: string, parts: MailParts): MailContent {
  return { subject: subjectLine(subject), text: renderText(parts), html: renderHtml(parts, locale) };
}

function footer(locale: MailLocale): string {
  return mailTranslator(locale)('mailText.footer', { url: linkTo('account', 'notifications') });
}

function recordFacts(locale: MailLocale, record: MailRecord): [string, string][] {
  const t = mailTranslator(locale);
  const task = record.type === 'task';
  const facts: [string, string][] = [
    [t('mailText.code'), record.code],
    [t(task ? 'mailText.taskTitle' : 'mailText.recommendationTitle'), record.title],
    [t(task ? 'mailText.assignee' : 'mailText.source'), record.unit],
  ];
  if (record.dueOn)
    facts.push([t(task ? 'mailText.dueOn' : 'mailText.replyDueOn'), formatDate(record.dueOn)]);
  return facts;
}

export function recordLink(record: Pick<MailRecord, 'type' | 'code'>): string {
  return linkTo(record.type === 'task' ? 'tasks' : 'recommendations', record.code);
}

/** One notification, one mail: what happened, the record, and a link to it. */
export function notificationMail(
  locale: MailLocale,
  kind: NotificationKind,
  record: MailRecord,
  name: string,
  reason?: string | null,
  /** the date an extension request asked for (its kinds only) */
  requestedDueOn?: string | null,
): MailContent {
  const t = mailTranslator(locale);
  const asked: [string, string][] =
    requestedDueOn && kind.startsWith('extension_')
      ? [[t('mailText.requestedDueOn'), formatDate(requestedDueOn)]]
      : [];
  return content(locale, t(`mailText.kinds.${kind}.subject`, { code: record.code }), {
    greeting: t('mailText.greeting', { name }),
    paragraphs: [t(`mailText.kinds.${kind}.body`), ...(reason ? [t('mailText.reason', { reason })] : [])],
    facts: [...recordFacts(locale, record), ...asked],
    link: { label: t('mailText.open'), url: recordLink(record) },
    footer: footer(locale),
  });
}

/** The link that confirms a new address (valid for `hours`). */
export function confirmationMail(
  locale: MailLocale,
  input: { name: string; login: string; token: string; hours: number },
): MailContent {
  const t = mailTranslator(locale);
  const url = `${linkTo('account', 'email', 'confirm')}?token=${encodeURIComponent(input.token)}`;
  return content(locale, t('mailText.confirm.subject'), {
    greeting: t('mailText.greeting', { name: input.name }),
    paragraphs: [t('mailText.confirm.body', { login: input.login, hours: input.hours })],
    facts: [],
    link: { label: t('mailText.confirm.link'), url },
    footer: footer(locale),
  });
}

/** A leader's figures of their scope: as of the end of the period and as of its start. */
export type DigestFigures = {
  scope: string;
  now: Record<DeadlineClass, number>;
  before: Record<DeadlineClass, number>;
  newlyOverdue: number;
  repliesOverdue: number;
};

export type DigestItem = { kind: NotificationKind; record: MailRecord };

/** The digest: the scope's figures that changed (leaders) and the notifications gathered (any user). */
export function digestMail(
  locale: MailLocale,
  input: {
    name: string;
    frequency: Exclude<DigestFrequency, 'off'>;
    day: string;
    figures: DigestFigures | null;
    items: DigestItem[];
  },
): MailContent {
  const t = mailTranslator(locale);
  const n = (value: number) => formatNumber(value, locale);
  const paragraphs: string[] = [];
  const facts: [string, string][] = [];
  if (input.figures) {
    const f = input.figures;
    paragraphs.push(t(`mailText.digest.scope.${input.frequency}`, { scope: f.scope }));
    for (const cls of DEADLINE_CLASSES) {
      if (f.now[cls] !== f.before[cls]) {
        facts.push([t(`deadlineClass.${cls}`), `${n(f.before[cls])} → ${n(f.now[cls])}`]);
      }
    }
    if (!facts.length) paragraphs.push(t('mailText.digest.unchanged'));
    facts.push([t('mailText.digest.newlyOverdue'), n(f.newlyOverdue)]);
    facts.push([t('mailText.digest.repliesOverdue'), n(f.repliesOverdue)]);
  }
  if (input.items.length) {
    paragraphs.push(t('mailText.digest.items', { count: input.items.length }));
    for (const item of input.items) {
      paragraphs.push(
        `${t(`mailText.kinds.${item.kind}.subject`, { code: item.record.code })}: ${item.record.title} — ${recordLink(item.record)}`,
      );
    }
  }
  return content(locale, t(`mailText.digest.subject.${input.frequency}`, { date: formatDate(input.day) }), {
    greeting: t('mailText.greeting', { name: input.name }),
    paragraphs,
    facts,
    link: { label: t('mailText.digest.open'), url: linkTo('dashboard') },
    footer: footer(locale),
  });
}
